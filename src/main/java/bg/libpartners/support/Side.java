package bg.libpartners.support;

/** Who wrote a message: the asker's side (the asker and their library's staff) or the support side. */
public enum Side {
    ASKER,
    EXPERT,
    COORDINATOR
}
