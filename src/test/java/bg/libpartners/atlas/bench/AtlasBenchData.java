package bg.libpartners.atlas.bench;

import bg.libpartners.partnership.bench.PartnershipBenchData;

/**
 * Superseded: the first version generated partnerships with set-based SQL joining unindexed temporary tables and did
 * not finish at 400,000 rows in ten minutes. Kept as the name BENCHMARKS.md used; it now runs
 * {@link PartnershipBenchData} (Java generation streamed with COPY), with the same arguments.
 *
 * <pre>
 * java -cp … bg.libpartners.atlas.bench.AtlasBenchData jdbc:postgresql://localhost:15432/postgres postgres postgres 400000
 * </pre>
 */
public final class AtlasBenchData {

    private AtlasBenchData() {}

    public static void main(String[] args) throws Exception {
        PartnershipBenchData.main(args);
    }
}
