package org.policyindicators.io.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policyindicators.io.validation.Finding;
import org.policyindicators.io.validation.FindingKind;
import org.policyindicators.io.validation.Severity;

/**
 * Document order of findings: the place a pointer leads to is ranked by record component position
 * and list index, step by step; a step that leads nowhere ranks after every place that exists.
 */
class DocumentOrderTest {

    private static final int NOWHERE = Integer.MAX_VALUE;

    record Item(int year, String name) {
    }

    record Doc(String id, List<Item> items) {
    }

    private static final Doc DOC = new Doc("d", List.of(new Item(2020, "a"), new Item(2021, "b")));

    @Test
    void key_ranksComponentsByDeclarationAndElementsByIndex() {
        assertThat(DocumentOrder.key(DOC, "/items/1/name")).containsExactly(1, 1, 1);
        assertThat(DocumentOrder.key(DOC, "/items/0/year")).containsExactly(1, 0, 0);
        assertThat(DocumentOrder.key(DOC, "/id")).containsExactly(0);
        assertThat(DocumentOrder.key(DOC, "")).isEmpty();
    }

    @Test
    void key_ofAnIndexBeyondTheList_keepsTheIndexAndLeadsNowhereFurther() {
        assertThat(DocumentOrder.key(DOC, "/items/2/name")).containsExactly(1, 2, NOWHERE);
    }

    @Test
    void key_ofAMemberTheRecordLacks_leadsNowhere() {
        assertThat(DocumentOrder.key(DOC, "/title/0")).containsExactly(NOWHERE, NOWHERE);
        assertThat(DocumentOrder.key(null, "/items/0")).containsExactly(NOWHERE, NOWHERE);
    }

    @Test
    void key_readsOnlyDecimalDigitsOfAtMostNineAsAnIndex() {
        assertThat(DocumentOrder.key(DOC, "/items/123456789")).containsExactly(1, 123456789);
        assertThat(DocumentOrder.key(DOC, "/items/1234567890")).containsExactly(1, NOWHERE);
        assertThat(DocumentOrder.key(DOC, "/items/")).containsExactly(1, NOWHERE);
        // the characters just below '0' and just above '9'
        assertThat(DocumentOrder.key(DOC, "/items/~1")).containsExactly(1, NOWHERE);
        assertThat(DocumentOrder.key(DOC, "/items/:")).containsExactly(1, NOWHERE);
        assertThat(DocumentOrder.key(DOC, "/items/1a")).containsExactly(1, NOWHERE);
    }

    private static Finding finding(FindingKind kind, String document, String path, Map<String, Object> parameters) {
        return new Finding(kind, kind.defaultSeverity(), document, path, parameters);
    }

    @Test
    void sort_putsDocumentsInTheOrderGivenThenPlacesThenKinds() {
        DocumentOrder order = new DocumentOrder();
        order.addDocument("second", DOC);
        order.addDocument("first", DOC);
        order.addDocument("second", new Doc("other", List.of()));
        Finding unknownDocument = finding(FindingKind.DUPLICATE_ID, "elsewhere", "/id", Map.of());
        Finding firstItems = finding(FindingKind.DUPLICATE_ID, "first", "/items/0/name", Map.of());
        Finding secondLater = finding(FindingKind.DUPLICATE_ID, "second", "/items/1/year", Map.of());
        Finding secondEarlier = finding(FindingKind.DUPLICATE_ID, "second", "/items/0/name", Map.of());
        Finding secondSamePlaceEarlierKind = finding(FindingKind.INVALID_IDENTIFIER, "second", "/items/0/name",
                Map.of());
        Finding b = finding(FindingKind.DUPLICATE_ID, "first", "/id", Map.of("id", "b"));
        Finding a = finding(FindingKind.DUPLICATE_ID, "first", "/id", Map.of("id", "a"));

        List<Finding> sorted = order.sort(List.of(unknownDocument, firstItems, secondLater, secondEarlier,
                secondSamePlaceEarlierKind, b, a, a));

        assertThat(sorted).containsExactly(secondSamePlaceEarlierKind, secondEarlier, secondLater, a, b, firstItems,
                unknownDocument);
    }

    @Test
    void sort_ordersSeveritiesOfOneKindAtOnePlace() {
        DocumentOrder order = new DocumentOrder();
        order.addDocument("d", DOC);
        Finding warning = new Finding(FindingKind.DUPLICATE_ID, Severity.WARNING, "d", "/id", Map.of());
        Finding error = new Finding(FindingKind.DUPLICATE_ID, Severity.ERROR, "d", "/id", Map.of());

        assertThat(order.sort(List.of(warning, error))).containsExactly(error, warning);
    }
}
