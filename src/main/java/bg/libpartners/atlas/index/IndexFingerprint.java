package bg.libpartners.atlas.index;

import bg.libpartners.platform.ChangeMark;

/** The owning modules' marks an index was built at, as its freshness check sees them. */
record IndexFingerprint(ChangeMark organisations, ChangeMark partnerships) {}
