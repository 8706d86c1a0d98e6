package bg.libpartners.directory;

/** As the register writes it: Действащо, Закрито, Неработещо. Partners and libraries are ACTIVE unless closed. */
public enum OrganisationStatus {
    ACTIVE("Действащо"),
    CLOSED("Закрито"),
    NOT_WORKING("Неработещо");

    private final String registerName;

    OrganisationStatus(String registerName) {
        this.registerName = registerName;
    }

    /** The status the register means, or null for a value it does not use. */
    public static OrganisationStatus fromRegister(String value) {
        if (value == null) {
            return null;
        }
        for (var s : values()) {
            if (s.registerName.equalsIgnoreCase(value.trim())) {
                return s;
            }
        }
        return null;
    }
}
