package org.policyindicators.core;

/**
 * Thrown when two quantities are added, compared or converted although their units cannot be
 * converted into one another (for example percent and percentage points, or yuan and persons).
 */
public final class IncompatibleUnitsException extends PolicyException {

    private static final long serialVersionUID = 1L;

    // Kept as canonical text because Unit is not serializable; read back by from() and to().
    /** The canonical text of the unit of the quantity at hand. */
    private final String from;
    /** The canonical text of the unit that the quantity was to be combined with or converted to. */
    private final String to;

    /**
     * Creates an exception for a pair of units.
     *
     * @param from the unit of the quantity at hand, not null
     * @param to the unit it was to be combined with or converted to, not null
     */
    public IncompatibleUnitsException(Unit from, Unit to) {
        super("Units " + from + " and " + to + " are not compatible");
        this.from = Checks.notNull(from, "from").toString();
        this.to = Checks.notNull(to, "to").toString();
    }

    /**
     * Returns the unit of the quantity at hand.
     *
     * @return the unit, not null
     */
    public Unit from() {
        return Unit.parse(from);
    }

    /**
     * Returns the unit that the quantity was to be combined with or converted to.
     *
     * @return the unit, not null
     */
    public Unit to() {
        return Unit.parse(to);
    }
}
