package bg.libpartners.geography;

import java.util.Optional;

/** The answer to "which settlement does the register mean?", with the reason when there is none. */
public record PlaceMatch(Outcome outcome, PlaceRef place, String detail) {

    public enum Outcome {
        /** The name is a settlement of the municipality. */
        EXACT(null),
        /** Found through a former name, a spelling variant or a neighbouring municipality; see {@code detail}. */
        APPROXIMATE("geography.place.approximate"),
        NO_SUCH_MUNICIPALITY("geography.place.noSuchMunicipality"),
        NO_SUCH_SETTLEMENT("geography.place.noSuchSettlement"),
        AMBIGUOUS("geography.place.ambiguous");

        private final String messageKey;

        Outcome(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The message for an import report (geography_*.properties); null for an exact match. */
        public String messageKey() {
            return messageKey;
        }
    }

    public boolean resolved() {
        return place != null;
    }

    public Optional<PlaceRef> asOptional() {
        return Optional.ofNullable(place);
    }
}
