package bg.libpartners.platform;

import bg.libpartners.platform.nodes.NodeSignals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Counts this node's commits in {@link Commits}: any transaction that was not read-only may have changed what a kept
 * answer or a kept public page shows. On several nodes the others are told too ({@link NodeSignals#COMMITTED}).
 */
@Component
class CommitListener implements TransactionExecutionListener {

    private final NodeSignals signals;

    CommitListener(NodeSignals signals) {
        this.signals = signals;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable failure) {
        if (!transaction.isReadOnly()) {
            Commits.committed();
            signals.send(NodeSignals.COMMITTED, "");
        }
    }
}
