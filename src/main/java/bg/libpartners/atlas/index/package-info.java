/**
 * The atlas's in-memory index, one type per file: {@link bg.libpartners.atlas.index.AtlasIndex} keeps the current
 * {@link bg.libpartners.atlas.index.IndexSnapshot} fresh, {@link bg.libpartners.atlas.index.SnapshotBuilder} builds
 * one from the directory's and the partnership module's published read views (with the growing primitive arrays
 * {@code LongList} and its kin), {@link bg.libpartners.atlas.index.CompiledFilter} turns a filter into bitmasks over
 * it, {@link bg.libpartners.atlas.index.FilterView} into the matching organisations and cell counts, and
 * {@link bg.libpartners.atlas.index.IndexSource} answers the map from them.
 *
 * <p>Internal to the atlas module: a nested package is not part of a module's API in Spring Modulith (only its base
 * package and packages marked {@code @NamedInterface} are), so what is public here is public for the atlas's own
 * {@code AtlasMap}, {@code RegionCounter} and {@code AtlasChangeListener}, and {@code ModularityTest} fails if another
 * module reaches in.
 */
package bg.libpartners.atlas.index;
