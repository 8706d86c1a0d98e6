package bg.libpartners.material;

/** What a material is for a librarian, whatever file format it comes in. */
public enum MaterialKind {
    BROCHURE,
    PRESENTATION,
    VIDEO,
    DISC_IMAGE,
    TEMPLATE,
    OTHER
}
