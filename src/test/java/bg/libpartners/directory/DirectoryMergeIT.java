package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.taxonomy.PartnerSubtype;
import bg.libpartners.taxonomy.PartnerType;
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

    @Autowired
    bg.libpartners.account.TestPeople people;

    /** The demo administrator: a person in the database. */
    bg.libpartners.account.CurrentUser admin() {
        return people.demo(bg.libpartners.account.Role.ADMIN);
    }

    @Autowired
    DirectoryEditor editor;

    @Autowired
    DuplicateService duplicates;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    bg.libpartners.platform.SqlInstants instants;

    /** The time of change of the row, read as Hibernate keeps it. */
    Instant updatedAt(String table, String where, Object value) {
        return jdbc.sql("select updated_at from " + table + " where " + where + " = ?")
                .param(value)
                .query((rs, n) -> instants.read(rs, 1))
                .single();
    }

    @Test
    void aMergeRepointsEveryReferenceToTheRecordThatStays() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        long keptHolder = editor.create(admin(), organisation(OrganisationKind.CHITALISHTE, "НЧ Сливане " + tag, null));
        long removedHolder =
                editor.create(admin(), organisation(OrganisationKind.CHITALISHTE, "НЧ „Сливане“ " + tag, null));
        long keptLibrary =
                editor.create(admin(), organisation(OrganisationKind.LIBRARY, "Библиотека Сливане " + tag, keptHolder));
        long removedLibrary = editor.create(
                admin(), organisation(OrganisationKind.LIBRARY, "Библиотека „Сливане“ " + tag, removedHolder));
        long keptPartner =
                editor.create(admin(), organisation(OrganisationKind.PARTNER, "Сдружение Сливане " + tag, null));
        long removedPartner =
                editor.create(admin(), organisation(OrganisationKind.PARTNER, "Сдружение „Сливане“ " + tag, null));

        long partnership = 900_000_000L + Math.abs(tag.hashCode() % 1_000_000);
        var now = instants.bind(Instant.now());
        jdbc.sql("""
                insert into partnership (id, title, lead_library_id, lead_library_name, holder_id, status,
                    builder_step, renewals, created_at, updated_at, version)
                values (?, ?, ?, 'Библиотека', ?, 'DRAFT', 1, 0, ?, ?, 0)""")
                .params(partnership, "Сливане " + tag, removedLibrary, removedHolder, now, now)
                .update();
        jdbc.sql("""
                insert into partnership_party (id, partnership_id, sort_order, organisation_id, organisation_name)
                values (?, ?, 0, ?, 'Библиотека'), (?, ?, 1, ?, 'Сдружение')""")
                .params(partnership, partnership, removedLibrary, partnership + 1, partnership, removedPartner)
                .update();
        jdbc.sql("""
                insert into good_practice (slug, title, summary, story, story_html, country, library_ref, status,
                    created_at, updated_at, version)
                values (?, 'Сливане', 'Сливане', 'Сливане', '<p>Сливане</p>', 'BG', ?, 'DRAFT', ?, ?, 0)""")
                .params("slivane-" + tag, String.valueOf(removedLibrary), now, now)
                .update();
        jdbc.sql("""
                insert into app_user (email, display_name, role, enabled, locale, failed_logins, created_at, version)
                values (?, 'Сливане', 'LIBRARIAN', true, 'bg', 0, ?, 0)""").params("merge-" + tag + "@test.libpartners.bg", now).update();
        long user = jdbc.sql("select id from app_user where email = ?")
                .param("merge-" + tag + "@test.libpartners.bg")
                .query(Long.class)
                .single();
        jdbc.sql("insert into user_scope (user_id, kind, ref) values (?, 'LIBRARY', ?), (?, 'ORGANISATION', ?)")
                .params(user, String.valueOf(removedLibrary), user, String.valueOf(removedPartner))
                .update();
        jdbc.sql("""
                insert into invitation (email, role, scope_kind, scope_ref, token_hash, locale, created_at, expires_at)
                values (?, 'BOARD_MEMBER', 'CHITALISHTE', ?, ?, 'bg', ?, ?)""")
                .params(
                        "invited-" + tag + "@test.libpartners.bg",
                        String.valueOf(removedHolder),
                        "hash-" + tag,
                        now,
                        instants.bind(Instant.now().plusSeconds(86_400)))
                .update();

        // what the other modules keep for the removed records: a support request, an event inviting the partner,
        // a material, an application and its grant
        jdbc.sql("""
                insert into support_request (asker_id, asker_name, library_id, library_name, chitalishte_id, topic_id,
                    question, status, created_at, due_at, last_activity_at, auto_closed, publish_consent, demo, version)
                values (1, 'Сливане', ?, 'Библиотека', ?, (select min(id) from support_topic), ?, 'NEW', ?, ?, ?,
                    false, false, false, 0)""")
                .params(removedLibrary, removedHolder, "Сливане " + tag, now, now, now)
                .update();
        jdbc.sql("""
                insert into event (id, kind, title, starts_at, ends_at, organiser_name, library_id, chitalishte_id,
                    public_event, status, ical_sequence, created_at, updated_at, demo, version)
                values (?, 'ROUND_TABLE', ?, ?, ?, 'Сливане', ?, ?, false, 'SCHEDULED', 0, ?, ?, false, 0)""")
                .params(partnership, "Сливане " + tag, now, now, removedLibrary, removedHolder, now, now)
                .update();
        jdbc.sql("insert into event_audience (event_id, scope_key) values (?, ?), (?, ?)")
                .params(partnership, "ORGANISATION:" + removedPartner, partnership, "OBLAST:PDV")
                .update();
        jdbc.sql("""
                insert into material (title, kind, lang, current_version, downloads, library_ref, created_at,
                    updated_at, version)
                values (?, 'BROCHURE', 'bg', 0, 0, ?, ?, ?, 0)""")
                .params("Сливане " + tag, String.valueOf(removedLibrary), now, now)
                .update();
        jdbc.sql("""
                insert into funding_call (title, budget, min_grant, max_grant, cofinancing_share, agreement_required,
                    opens_at, closes_at, scale_max, criteria, documents, questions, required_attachments, status,
                    awarded, demo, created_at, updated_at, version)
                values (?, 1000, 100, 500, 0, false, ?, ?, 5, '[]', '[]', '[]', '[]', 'DRAFT', 0, false, ?, ?, 0)""").params("Сливане " + tag, now, now, now, now).update();
        long call = jdbc.sql("select id from funding_call where title = ?")
                .param("Сливане " + tag)
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into funding_application (call_id, library_id, library_name, title, activities, indicators,
                    budget_lines, cofinancing, answers, attachments, requested, cofinanced, status, created_at,
                    updated_at, version)
                values (?, ?, 'Библиотека', ?, '[]', '[]', '[]', '[]', '[]', '[]', 100, 0, 'APPROVED', ?, ?, 0)""").params(call, removedLibrary, "Сливане " + tag, now, now).update();
        long application = jdbc.sql("select id from funding_application where call_id = ?")
                .param(call)
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into funding_grant (application_id, call_id, library_id, library_name, number, amount,
                    cofinanced, award_year, starts_on, ends_on, created_at, version)
                values (?, ?, ?, 'Библиотека', ?, 100, 0, 2026, ?, ?, ?, 0)""")
                .params(
                        application,
                        call,
                        removedLibrary,
                        "ГР-" + tag,
                        java.sql.Date.valueOf("2026-01-01"),
                        java.sql.Date.valueOf("2026-12-31"),
                        now)
                .update();

        var merging = Instant.now();
        duplicates.merge(keptHolder, removedHolder);
        duplicates.merge(keptLibrary, removedLibrary);
        duplicates.merge(keptPartner, removedPartner);

        assertThat(jdbc.sql("select version from partnership where id = ?")
                        .param(partnership)
                        .query(Long.class)
                        .single())
                .as("a form opened before the merges no longer matches")
                .isEqualTo(3);
        assertThat(jdbc.sql("select version from good_practice where slug = ?")
                        .param("slivane-" + tag)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // the moments of the merge, as the entities read them, whatever the JVM's zone
        var merged = Instant.now().plusMillis(1);
        assertThat(updatedAt("partnership", "id", partnership)).isBetween(merging, merged);
        assertThat(updatedAt("good_practice", "slug", "slivane-" + tag)).isBetween(merging, merged);
        assertThat(directory.findOptional(removedHolder)).isEmpty();
        assertThat(directory.findOptional(removedLibrary)).isEmpty();
        assertThat(directory.findOptional(removedPartner)).isEmpty();
        assertThat(jdbc.sql("select lead_library_id, holder_id from partnership where id = ?")
                        .param(partnership)
                        .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                        .single())
                .containsExactly(keptLibrary, keptHolder);
        assertThat(jdbc.sql(
                                "select organisation_id from partnership_party where partnership_id = ? order by sort_order")
                        .param(partnership)
                        .query(Long.class)
                        .list())
                .containsExactly(keptLibrary, keptPartner);
        assertThat(jdbc.sql("select library_ref from good_practice where slug = ?")
                        .param("slivane-" + tag)
                        .query(String.class)
                        .single())
                .isEqualTo(String.valueOf(keptLibrary));
        assertThat(jdbc.sql("select oblast_code from good_practice where slug = ?")
                        .param("slivane-" + tag)
                        .query(String.class)
                        .single())
                .as("moderated in the oblast of the library that stays")
                .isEqualTo(directory.findOptional(keptLibrary).orElseThrow().oblastCode())
                .isNotNull();
        assertThat(jdbc.sql("select kind || ':' || ref from user_scope where user_id = ?")
                        .param(user)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("LIBRARY:" + keptLibrary, "ORGANISATION:" + keptPartner);
        assertThat(jdbc.sql("select scope_ref from invitation where token_hash = ?")
                        .param("hash-" + tag)
                        .query(String.class)
                        .single())
                .isEqualTo(String.valueOf(keptHolder));
        assertThat(directory.librariesOf(keptHolder))
                .extracting(OrganisationSummary::id)
                .containsExactlyInAnyOrder(keptLibrary);
        for (var id : new long[] {removedHolder, removedLibrary, removedPartner}) {
            for (var table : new String[] {
                "partnership where lead_library_id",
                "partnership where holder_id",
                "partnership_party where organisation_id",
                "organisation where parent_id"
            }) {
                assertThat(jdbc.sql("select count(*) from " + table + " = ?")
                                .param(id)
                                .query(Long.class)
                                .single())
                        .as(table + " = " + id)
                        .isZero();
            }
            for (var table : new String[] {
                "good_practice where library_ref", "user_scope where ref", "invitation where scope_ref"
            }) {
                assertThat(jdbc.sql("select count(*) from " + table + " = ?")
                                .param(String.valueOf(id))
                                .query(Long.class)
                                .single())
                        .as(table + " = " + id)
                        .isZero();
            }
        }
        var keptName = directory.find(keptLibrary).name();
        assertThat(jdbc.sql("""
                select library_id || ':' || chitalishte_id || ':' || library_name || ':' || version
                from support_request where question = ?""").param("Сливане " + tag).query(String.class).single())
                .isEqualTo(keptLibrary + ":" + keptHolder + ":" + keptName + ":2");
        assertThat(jdbc.sql("select library_id || ':' || chitalishte_id || ':' || version from event where id = ?")
                        .param(partnership)
                        .query(String.class)
                        .single())
                .as("the holder's merge, the library's and the partner's each a change")
                .isEqualTo(keptLibrary + ":" + keptHolder + ":3");
        assertThat(updatedAt("event", "id", partnership)).isBetween(merging, merged);
        assertThat(jdbc.sql("select scope_key from event_audience where event_id = ?")
                        .param(partnership)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("ORGANISATION:" + keptPartner, "OBLAST:PDV");
        assertThat(jdbc.sql("select library_ref || ':' || version from material where title = ?")
                        .param("Сливане " + tag)
                        .query(String.class)
                        .single())
                .isEqualTo(keptLibrary + ":1");
        assertThat(updatedAt("material", "title", "Сливане " + tag)).isBetween(merging, merged);
        assertThat(jdbc.sql("select library_id || ':' || library_name || ':' || version from funding_application"
                                + " where id = ?")
                        .param(application)
                        .query(String.class)
                        .single())
                .isEqualTo(keptLibrary + ":" + keptName + ":1");
        assertThat(updatedAt("funding_application", "id", application)).isBetween(merging, merged);
        assertThat(jdbc.sql("select library_id || ':' || version from funding_grant where application_id = ?")
                        .param(application)
                        .query(String.class)
                        .single())
                .isEqualTo(keptLibrary + ":1");

        // the search answers after the merge, not from before it
        var hits = directory.searchPage(
                new SearchFilter("Сливане " + tag, null, null, null, null, null, null), PageRequest.of(0, 20));
        assertThat(hits.getContent())
                .extracting(OrganisationSummary::id)
                .contains(keptHolder, keptLibrary, keptPartner)
                .doesNotContain(removedHolder, removedLibrary, removedPartner);
    }

    @Test
    void aMergeMovesSurveyInvitationsExceptWhereTheKeptOneWasInvitedToo(
            @Autowired bg.libpartners.survey.SurveyFixtures surveys) {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        long kept = editor.create(admin(), organisation(OrganisationKind.CHITALISHTE, "НЧ Анкета " + tag, null));
        long removed = editor.create(admin(), organisation(OrganisationKind.CHITALISHTE, "НЧ „Анкета“ " + tag, null));
        long onlyRemoved = surveys.launched("Сливане в анкета " + tag, java.util.List.of(removed));
        long both = surveys.launched("Сливане, и двете " + tag, java.util.List.of(kept, removed));

        duplicates.merge(kept, removed);

        assertThat(invited(onlyRemoved))
                .as("invited as the record that stays")
                .containsExactly(kept + ":НЧ Анкета " + tag);
        assertThat(invited(both))
                .as("a campaign holds an organisation once: the removed one's answer stays")
                .containsExactlyInAnyOrder(kept + ":НЧ Анкета " + tag, removed + ":НЧ „Анкета“ " + tag);
    }

    java.util.List<String> invited(long campaign) {
        return jdbc.sql(
                        "select organisation_id || ':' || organisation_name from survey_invitation where campaign_id = ?")
                .param(campaign)
                .query(String.class)
                .list();
    }

    @Test
    void aChangeIsFoundByTheNextSearchDespiteTheCache() {
        var tag = "Кешпроверка" + UUID.randomUUID().toString().substring(0, 4).replaceAll("\\d", "");
        var filter = new SearchFilter("Кешпроверка", OrganisationKind.PARTNER, null, null, null, null, null);
        long before = directory.search(filter, PageRequest.of(0, 20)).page().getTotalElements();
        assertThat(directory.search(filter, PageRequest.of(0, 20)).page().getTotalElements())
                .isEqualTo(before);
        long id = editor.create(admin(), organisation(OrganisationKind.PARTNER, tag + " Кешпроверка", null));
        var after = directory.search(filter, PageRequest.of(0, 20));
        assertThat(after.page().getTotalElements()).isEqualTo(before + 1);
        assertThat(after.facets().get("type")).containsKey("NGO");
        assertThat(directory.searchPage(filter, PageRequest.of(0, 20)).getContent())
                .extracting(OrganisationSummary::id)
                .contains(id);
    }

    static OrganisationInput organisation(OrganisationKind kind, String name, Long parentId) {
        return new OrganisationInput(
                kind,
                name,
                null,
                null,
                kind == OrganisationKind.LIBRARY ? LibraryKind.CHITALISHTE : null,
                kind == OrganisationKind.PARTNER ? PartnerType.NGO : null,
                kind == OrganisationKind.PARTNER ? PartnerSubtype.NGO_OTHER : null,
                parentId,
                null,
                null,
                "56784",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null);
    }
}
