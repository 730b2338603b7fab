package org.policyindicators.io.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointerTest {

    //-----------------------------------------------------------------------
    // toString()
    //-----------------------------------------------------------------------
    @Test
    void root_isTheEmptyString() {
        assertThat(Pointer.ROOT).hasToString("");
    }

    @Test
    void fieldAndIndex_spellMembersAndArrayIndicesInOrder() {
        Pointer year = Pointer.ROOT.field("goals").index(2).field("indicators").index(0).field("baseline").field("year");

        assertThat(year).hasToString("/goals/2/indicators/0/baseline/year");
    }

    @Test
    void fieldAndIndex_leaveThePointerTheyExtendUnchanged() {
        Pointer goals = Pointer.ROOT.field("goals");
        Pointer first = goals.index(0);
        Pointer second = goals.index(1);

        assertThat(goals).hasToString("/goals");
        assertThat(first).hasToString("/goals/0");
        assertThat(second).hasToString("/goals/1");
    }

    /** The examples of RFC 6901, section 5, as member names of the document's root. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "foo | /foo",
        "`` | /",
        "a/b | /a~1b",
        "c%d | /c%d",
        "e^f | /e^f",
        "i\\j | /i\\j",
        "k\"l | /k\"l",
        "` ` | `/ `",
        "m~n | /m~0n",
    })
    void field_escapesTildeAsTilde0AndSlashAsTilde1_asRfc6901Section5(String member, String pointer) {
        assertThat(Pointer.ROOT.field(member)).hasToString(pointer);
    }

    @Test
    void field_escapesTildeBeforeSlash_soThatEscapesAreNotEscapedAgain() {
        assertThat(Pointer.ROOT.field("~1")).hasToString("/~01");
        assertThat(Pointer.ROOT.field("/0")).hasToString("/~10");
        assertThat(Pointer.ROOT.field("~/~/")).hasToString("/~0~1~0~1");
        assertThat(Pointer.escape("plain")).isEqualTo("plain");
    }

    @Test
    void toString_spellsADeepPointerWithoutRecursion() {
        Pointer deep = Pointer.ROOT;
        for (int i = 0; i < 100_000; i++) {
            deep = deep.field("goals").index(0);
        }

        assertThat(deep.toString()).hasSize(100_000 * "/goals/0".length()).startsWith("/goals/0/goals/0");
    }

    //-----------------------------------------------------------------------
    // tokens()
    //-----------------------------------------------------------------------
    @Test
    void tokens_ofTheRoot_isEmpty() {
        assertThat(Pointer.tokens("")).isEmpty();
    }

    @Test
    void tokens_unescapeTilde1BeforeTilde0() {
        assertThat(Pointer.tokens("/~01")).containsExactly("~1");
        assertThat(Pointer.tokens("/~10")).containsExactly("/0");
        assertThat(Pointer.tokens("/a~1b/m~0n/0")).containsExactly("a/b", "m~n", "0");
    }

    @Test
    void tokens_keepEmptyTokens() {
        assertThat(Pointer.tokens("/")).containsExactly("");
        assertThat(Pointer.tokens("/a//b/")).containsExactly("a", "", "b", "");
    }

    @Test
    void tokens_readBackWhatToStringSpells_onRandomMemberNames() {
        SplittableRandom random = new SplittableRandom(6901L);
        String alphabet = "a~/01 é";
        for (int n = 0; n < 2_000; n++) {
            Pointer pointer = Pointer.ROOT;
            List<String> members = new ArrayList<>();
            for (int depth = random.nextInt(5); depth > 0; depth--) {
                StringBuilder member = new StringBuilder();
                for (int i = random.nextInt(5); i > 0; i--) {
                    member.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                members.add(member.toString());
                pointer = pointer.field(member.toString());
            }

            assertThat(Pointer.tokens(pointer.toString())).as("%s", members).isEqualTo(members);
        }
    }

    //-----------------------------------------------------------------------
    // index(String)
    //-----------------------------------------------------------------------
    @ParameterizedTest
    @CsvSource({"0, 0", "7, 7", "10, 10", "123456789, 123456789"})
    void index_readsDecimalDigitsWithoutALeadingZero_asRfc6901SpellsAnArrayIndex(String token, int index) {
        assertThat(Pointer.index(token)).isEqualTo(index);
    }

    @Test
    void index_ofAnyOtherToken_isMinusOne() {
        for (String token : List.of("", "01", "00", "1234567890", "-1", "+1", "1a", "a1", "/", ":", "1 ")) {
            assertThat(Pointer.index(token)).as("'%s'", token).isEqualTo(-1);
        }
    }
}
