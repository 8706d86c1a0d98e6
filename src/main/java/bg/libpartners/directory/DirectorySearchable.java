package bg.libpartners.directory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Near the end of the start, before the warm-up: waits until the index of the register imported at first start is
 * written (it is written in the background while the other modules add their demo data), then checks that the index
 * holds what the table holds. Only then the application has started and says it is ready.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class DirectorySearchable implements ApplicationRunner {

    private final BulkIndexing indexing;
    private final DirectoryBootstrap bootstrap;

    DirectorySearchable(BulkIndexing indexing, DirectoryBootstrap bootstrap) {
        this.indexing = indexing;
        this.bootstrap = bootstrap;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (indexing.awaitStartIndexing()) {
            // an organisation changed by another module's start while its chunk was being indexed is caught here
            bootstrap.reindexIfLost();
        }
    }
}
