package bg.libpartners.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.S3Initializer;
import bg.libpartners.account.Role;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ContextConfiguration;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The materials with their files in a bucket of a real S3-compatible server ({@code libpartners.files.store=s3}; S3Proxy
 * from Maven Central: {@link S3Initializer}): every test of {@link MaterialIT} (the upload path with its content
 * checks, versions stored once, a rolled-back upload leaving nothing) again, plus a download of what was uploaded,
 * the size limit, deletion and the sweep of what a crash left pending. Skipped, with the reason, when the server
 * cannot start here.
 */
@ContextConfiguration(initializers = S3Initializer.class)
class MaterialOnS3IT extends MaterialIT {

    @Autowired
    StoredFileSweeper sweeper;

    @Autowired
    Environment environment;

    @BeforeAll
    static void s3() {
        var server = S3Initializer.server();
        assumeTrue(
                server.running(),
                () -> "the S3-compatible server could not start, the S3 store is not tested: " + server.failure());
    }

    List<String> keys(String prefix) {
        try (var s3 = S3Initializer.client()) {
            return s3
                    .listObjectsV2Paginator(
                            l -> l.bucket(S3Initializer.bucket(environment)).prefix(prefix))
                    .contents()
                    .stream()
                    .map(S3Object::key)
                    .toList();
        }
    }

    @Test
    void theStoreIsTheBucket() {
        assertThat(store).isInstanceOf(S3FileStore.class);
    }

    @Test
    void anUploadedMaterialIsKeptInTheBucketDownloadedAndDeleted() throws Exception {
        var bytes = TestFiles.pdf("Наръчник за доброволци в облака");
        long id = upload("Наръчник в облака", new MockMultipartFile("file", "oblak.pdf", "application/pdf", bytes));
        var sha = materials.get(id).versions().get(0).sha256();
        assertThat(keys("files/")).contains("files/" + LocalFileStore.key(sha));
        assertThat(keys("pending/")).as("settled when the upload committed").doesNotContain("pending/" + sha);

        var started = mvc.perform(get("/materials/" + id + "/versions/1/file").with(user(demo(Role.PARTNER))))
                .andExpect(status().isOk())
                .andReturn();
        var download =
                mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(bytes);
        try (var in = store.open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }

        store.delete(sha);
        assertThat(store.exists(sha)).isFalse();
        assertThat(keys("files/")).doesNotContain("files/" + LocalFileStore.key(sha));
        assertThatThrownBy(() -> store.open(sha)).isInstanceOf(java.io.FileNotFoundException.class);
    }

    @Test
    void aFileOverTheLimitLeavesNothingInTheBucket() {
        var before = keys("");
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[4096]), 1024, FileStore.ANY))
                .isInstanceOf(FileTooLargeException.class);
        assertThat(keys("")).isEqualTo(before);
    }

    @Test
    void theSweepRemovesAPendingFileNoRecordUsesAndSettlesOneInUse() throws Exception {
        // as a crash between the move into place and the commit leaves them: stored, never settled
        var orphan = store.store(new ByteArrayInputStream("сираче след срив".getBytes()), 1024, FileStore.ANY);
        var bytes = TestFiles.pdf("Използван файл след срив");
        long id = upload("Използван след срив", new MockMultipartFile("file", "used.pdf", "application/pdf", bytes));
        var used = materials.get(id).versions().get(0).sha256();
        var again = store.store(new ByteArrayInputStream(bytes), bytes.length, FileStore.ANY);
        assertThat(again.created()).as("stored once").isFalse();
        try (var s3 = S3Initializer.client()) { // the used one pending again, as if its settling was lost
            s3.putObject(
                    p -> p.bucket(S3Initializer.bucket(environment)).key("pending/" + used),
                    software.amazon.awssdk.core.sync.RequestBody.empty());
        }
        assertThat(keys("pending/")).contains("pending/" + orphan.sha256(), "pending/" + used);

        assertThat(sweeper.sweep(Duration.ofHours(1)))
                .as("nothing is older than the grace")
                .isZero();
        assertThat(store.exists(orphan.sha256())).isTrue();

        assertThat(sweeper.sweep(Duration.ZERO)).isGreaterThanOrEqualTo(1);
        assertThat(store.exists(orphan.sha256())).isFalse();
        assertThat(store.exists(used)).isTrue();
        assertThat(keys("pending/")).doesNotContain("pending/" + orphan.sha256(), "pending/" + used);
    }
}
