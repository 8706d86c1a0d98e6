package bg.libpartners.directory;

import java.util.List;

/**
 * The points of these organisations changed (a pin, a coordinates import, or a library that moved with its
 * chitalishte): maps and other read models of where organisations are refresh. Published inside the changing
 * transaction; a large import publishes one event per thousand organisations.
 */
public record OrganisationPositionsChanged(List<OrganisationId> organisations, PositionSource source) {}
