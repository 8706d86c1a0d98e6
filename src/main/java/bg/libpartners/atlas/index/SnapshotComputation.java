package bg.libpartners.atlas.index;

import bg.libpartners.atlas.AtlasFilter;

/** A view ({@code regions} false) or the region counts of one filter over one snapshot (compared by identity). */
record SnapshotComputation(IndexSnapshot snapshot, AtlasFilter filter, boolean regions) {}
