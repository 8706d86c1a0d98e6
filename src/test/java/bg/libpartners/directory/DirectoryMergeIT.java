package bg.libpartners.directory;

import bg.libpartners.taxonomy.PartnerSubtype;
import bg.libpartners.taxonomy.PartnerType;
import static bg.libpartners.directory.DirectoryTestUsers.admin;
import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A merge of duplicates keeps every reference to the record it removes: every table that names an organisation by id
 * (see the Flyway migrations) names the kept one afterwards. And the search never serves an answer from before a
 * change (the answers are cached).
 */
@IntegrationTest
class DirectoryMergeIT {

    @Autowired DirectoryEditor editor;
    @Autowired DuplicateService duplicates;
    @Autowired Directory directory;
    @Autowired JdbcClient jdbc;
    @Autowired bg.libpartners.platform.SqlInstants instants;

    /** The time of change of the row, read as Hibernate keeps it. */
    Instant updatedAt(String table, String where, Object value) {
        return jdbc.sql("select updated_at from " + table + " where " + where + " = ?").param(value)
                .query((rs, n) -> instants.read(rs, 1)).single();
    }

    @Test
    void aMergeRepointsEveryReferenceToTheRecordThatStays() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        long keptHolder = editor.create(admin(), organisation(OrganisationKind.CHITALISHTE, "НЧ Сливане " + tag, null));
        long removedHolder = editor.create(admin(), organisation(OrganisationKind.CHITALISHTE, "НЧ „Сливане“ " + tag,
                null));
        long keptLibrary = editor.create(admin(), organisation(OrganisationKind.LIBRARY, "Библиотека Сливане " + tag,
                keptHolder));
        long removedLibrary = editor.create(admin(), organisation(OrganisationKind.LIBRARY,
                "Библиотека „Сливане“ " + tag, removedHolder));
        long keptPartner = editor.create(admin(), organisation(OrganisationKind.PARTNER, "Сдружение Сливане " + tag,
                null));
        long removedPartner = editor.create(admin(), organisation(OrganisationKind.PARTNER,
                "Сдружение „Сливане“ " + tag, null));

        long partnership = 900_000_000L + Math.abs(tag.hashCode() % 1_000_000);
        var now = instants.bind(Instant.now());
        jdbc.sql("""
                insert into partnership (id, title, lead_library_id, lead_library_name, holder_id, status,
                    builder_step, renewals, created_at, updated_at, version)
                values (?, ?, ?, 'Библиотека', ?, 'DRAFT', 1, 0, ?, ?, 0)""")
                .params(partnership, "Сливане " + tag, removedLibrary, removedHolder, now, now).update();
        jdbc.sql("""
                insert into partnership_party (id, partnership_id, sort_order, organisation_id, organisation_name)
                values (?, ?, 0, ?, 'Библиотека'), (?, ?, 1, ?, 'Сдружение')""")
                .params(partnership, partnership, removedLibrary, partnership + 1, partnership, removedPartner)
                .update();
        jdbc.sql("""
                insert into good_practice (slug, title, summary, story, story_html, country, library_ref, status,
                    created_at, updated_at, version)
                values (?, 'Сливане', 'Сливане', 'Сливане', '<p>Сливане</p>', 'BG', ?, 'DRAFT', ?, ?, 0)""")
                .params("slivane-" + tag, String.valueOf(removedLibrary), now, now).update();
        jdbc.sql("""
                insert into app_user (email, display_name, role, enabled, locale, failed_logins, created_at, version)
                values (?, 'Сливане', 'LIBRARIAN', true, 'bg', 0, ?, 0)""")
                .params("merge-" + tag + "@test.libpartners.bg", now).update();
        long user = jdbc.sql("select id from app_user where email = ?").param("merge-" + tag + "@test.libpartners.bg")
                .query(Long.class).single();
        jdbc.sql("insert into user_scope (user_id, kind, ref) values (?, 'LIBRARY', ?), (?, 'ORGANISATION', ?)")
                .params(user, String.valueOf(removedLibrary), user, String.valueOf(removedPartner)).update();
        jdbc.sql("""
                insert into invitation (email, role, scope_kind, scope_ref, token_hash, locale, created_at, expires_at)
                values (?, 'BOARD_MEMBER', 'CHITALISHTE', ?, ?, 'bg', ?, ?)""")
                .params("invited-" + tag + "@test.libpartners.bg", String.valueOf(removedHolder), "hash-" + tag, now,
                        instants.bind(Instant.now().plusSeconds(86_400))).update();

        var merging = Instant.now();
        duplicates.merge(keptHolder, removedHolder);
        duplicates.merge(keptLibrary, removedLibrary);
        duplicates.merge(keptPartner, removedPartner);

        assertThat(jdbc.sql("select version from partnership where id = ?").param(partnership).query(Long.class)
                .single()).as("a form opened before the merges no longer matches").isEqualTo(3);
        assertThat(jdbc.sql("select version from good_practice where slug = ?").param("slivane-" + tag)
                .query(Long.class).single()).isEqualTo(1);
        // the moments of the merge, as the entities read them, whatever the JVM's zone
        var merged = Instant.now().plusMillis(1);
        assertThat(updatedAt("partnership", "id", partnership)).isBetween(merging, merged);
        assertThat(updatedAt("good_practice", "slug", "slivane-" + tag)).isBetween(merging, merged);
        assertThat(directory.findOptional(removedHolder)).isEmpty();
        assertThat(directory.findOptional(removedLibrary)).isEmpty();
        assertThat(directory.findOptional(removedPartner)).isEmpty();
        assertThat(jdbc.sql("select lead_library_id, holder_id from partnership where id = ?").param(partnership)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single())
                .containsExactly(keptLibrary, keptHolder);
        assertThat(jdbc.sql("select organisation_id from partnership_party where partnership_id = ? order by sort_order")
                .param(partnership).query(Long.class).list()).containsExactly(keptLibrary, keptPartner);
        assertThat(jdbc.sql("select library_ref from good_practice where slug = ?").param("slivane-" + tag)
                .query(String.class).single()).isEqualTo(String.valueOf(keptLibrary));
        assertThat(jdbc.sql("select oblast_code from good_practice where slug = ?").param("slivane-" + tag)
                .query(String.class).single()).as("moderated in the oblast of the library that stays")
                .isEqualTo(directory.findOptional(keptLibrary).orElseThrow().oblastCode()).isNotNull();
        assertThat(jdbc.sql("select kind || ':' || ref from user_scope where user_id = ?").param(user)
                .query(String.class).list())
                .containsExactlyInAnyOrder("LIBRARY:" + keptLibrary, "ORGANISATION:" + keptPartner);
        assertThat(jdbc.sql("select scope_ref from invitation where token_hash = ?").param("hash-" + tag)
                .query(String.class).single()).isEqualTo(String.valueOf(keptHolder));
        assertThat(directory.librariesOf(keptHolder)).extracting(OrganisationSummary::id)
                .containsExactlyInAnyOrder(keptLibrary);
        for (var id : new long[] {removedHolder, removedLibrary, removedPartner}) {
            for (var table : new String[] {"partnership where lead_library_id", "partnership where holder_id",
                "partnership_party where organisation_id", "organisation where parent_id"}) {
                assertThat(jdbc.sql("select count(*) from " + table + " = ?").param(id).query(Long.class).single())
                        .as(table + " = " + id).isZero();
            }
            for (var table : new String[] {"good_practice where library_ref", "user_scope where ref",
                "invitation where scope_ref"}) {
                assertThat(jdbc.sql("select count(*) from " + table + " = ?").param(String.valueOf(id))
                        .query(Long.class).single()).as(table + " = " + id).isZero();
            }
        }
        // the search answers after the merge, not from before it
        var hits = directory.searchPage(new SearchFilter("Сливане " + tag, null, null, null, null, null, null),
                PageRequest.of(0, 20));
        assertThat(hits.getContent()).extracting(OrganisationSummary::id)
                .contains(keptHolder, keptLibrary, keptPartner)
                .doesNotContain(removedHolder, removedLibrary, removedPartner);
    }

    @Test
    void aChangeIsFoundByTheNextSearchDespiteTheCache() {
        var tag = "Кешпроверка" + UUID.randomUUID().toString().substring(0, 4).replaceAll("\\d", "");
        var filter = new SearchFilter("Кешпроверка", OrganisationKind.PARTNER, null, null, null, null, null);
        long before = directory.search(filter, PageRequest.of(0, 20)).page().getTotalElements();
        assertThat(directory.search(filter, PageRequest.of(0, 20)).page().getTotalElements()).isEqualTo(before);
        long id = editor.create(admin(), organisation(OrganisationKind.PARTNER, tag + " Кешпроверка", null));
        var after = directory.search(filter, PageRequest.of(0, 20));
        assertThat(after.page().getTotalElements()).isEqualTo(before + 1);
        assertThat(after.facets().get("type")).containsKey("NGO");
        assertThat(directory.searchPage(filter, PageRequest.of(0, 20)).getContent())
                .extracting(OrganisationSummary::id).contains(id);
    }

    static OrganisationInput organisation(OrganisationKind kind, String name, Long parentId) {
        return new OrganisationInput(kind, name, null, null,
                kind == OrganisationKind.LIBRARY ? LibraryKind.CHITALISHTE : null,
                kind == OrganisationKind.PARTNER ? PartnerType.NGO : null,
                kind == OrganisationKind.PARTNER ? PartnerSubtype.NGO_OTHER : null, parentId, null, null, "56784",
                null, null, null, null, null, null, null, null, false, null);
    }
}
