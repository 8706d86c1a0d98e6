package bg.libpartners.directory;

/** "Identify strategic national and local partners": the level at which a partner is strategic. */
public enum StrategicLevel {
    NATIONAL,
    LOCAL
}
