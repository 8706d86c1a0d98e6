package bg.libpartners.account;

/**
 * An admin declined a person's erasure request; the account stays as it was. Published in the deciding transaction,
 * once per request. (A confirmed request is told to the person by e-mail before the address is erased, see
 * {@link UserAdministration#confirmErasure}.)
 */
public record ErasureDeclined(Long requestId, Long userId) {}
