package bg.libpartners.atlas;

/** The tables an index was built from, as its freshness check sees them: latest change and highest id of each. */
record IndexFingerprint(String organisations, Long maxOrganisation, String partnerships, Long maxPartnership) {}
