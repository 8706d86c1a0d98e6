/**
 * The map and the network of partnerships: read models over the directory's organisations and the partnership
 * records, clustered in memory by the atlas index (package {@code atlas.index}: precounted base cells, built from the
 * owning modules' published read views {@link bg.libpartners.directory.OrganisationPoints} and
 * {@link bg.libpartners.partnership.PartnershipGraph}, rebuilt after the partnership and directory events
 * {@code AtlasChangeListener} hears and when either module's {@code lastChange()} moves) with the same answers asked
 * of those views in {@code AtlasReadModel} while the index is missing or stale (each module's SQL over its own tables,
 * joined here by organisation id: the atlas reads no other module's tables), counted per region, and the partnership
 * graph with its centrality measures. Only public data: organisations, never individuals, and no personal data.
 *
 * <p>Corrections to comments that cannot be edited: the applied migration {@code V12__atlas_clusters.sql} says its
 * indexes serve "the in-memory cluster grid (ClusterGrid)"; that class is gone, and the same indexes serve
 * the freshness check the atlas index asks the directory and the partnership module for
 * ({@code max(updated_at)}, {@code max(id)}), and the directory's box queries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Atlas")
package bg.libpartners.atlas;
