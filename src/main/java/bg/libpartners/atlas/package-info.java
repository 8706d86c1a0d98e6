/**
 * The map and the network of partnerships: read models over the directory's organisations and the partnership
 * records, clustered in the database, counted per region, and the partnership graph with its centrality measures.
 * Only public data: organisations, never individuals, and no personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Atlas")
package bg.libpartners.atlas;
