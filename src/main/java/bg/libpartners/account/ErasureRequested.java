package bg.libpartners.account;

/**
 * A person asked to be erased; an admin is to confirm or decline it on {@code /admin/erasures}. Published in the
 * transaction that stored the request, once per request. It carries no name or address: whoever tells the admins
 * about it must not keep the person's data beyond their erasure.
 */
public record ErasureRequested(Long requestId, Long userId) {}
