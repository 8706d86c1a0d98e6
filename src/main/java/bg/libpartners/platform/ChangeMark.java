package bg.libpartners.platform;

/**
 * How far a module's records have come, as a read model polls it: the newest time of change (as the database prints
 * it; compared, never parsed) and the highest id. A read model built at another mark is stale. Deletions and commits
 * out of order move neither, so a read model also rebuilds after a while or when an event tells it.
 */
public record ChangeMark(String latestChange, Long highestId) {}
