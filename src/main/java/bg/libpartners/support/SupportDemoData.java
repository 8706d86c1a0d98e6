package bg.libpartners.support;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.platform.LibPartnersProperties;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, a deterministic set of support requests in every status from libraries of several oblasts (the
 * demo librarian's in Plovdiv and one library each of Vratsa, Sofia city and Varna), the demo expert's topics, one
 * overdue request and one published question and answer. Marked {@code demo}; skipped when any request exists.
 */
@Component
@Order(60)
class SupportDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SupportDemoData.class);

    private final LibPartnersProperties properties;
    private final SupportService service;
    private final TopicService topics;
    private final KnowledgeBase knowledge;
    private final Directory directory;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    SupportDemoData(
            LibPartnersProperties properties,
            SupportService service,
            TopicService topics,
            KnowledgeBase knowledge,
            Directory directory,
            UserDetailsService users,
            JdbcClient jdbc,
            EntityManager entityManager,
            TransactionTemplate transactions) {
        this.properties = properties;
        this.service = service;
        this.topics = topics;
        this.knowledge = knowledge;
        this.directory = directory;
        this.users = users;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()
                || jdbc.sql("select count(*) from support_request")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        try {
            seed();
        } catch (RuntimeException e) {
            log.warn("Demo support requests were not created: {}", e.getMessage());
        }
    }

    private void seed() {
        var librarian = demo(Role.LIBRARIAN);
        var expert = demo(Role.EXPERT);
        var admin = demo(Role.ADMIN);
        if (librarian.refs(ScopeKind.LIBRARY).isEmpty()) {
            log.info("The demo librarian has no library; demo support requests are skipped");
            return;
        }
        topics.setExpertTopics(admin, expert.id(), List.of("PARTNERSHIP", "AGREEMENT", "FUNDRAISING"));
        var ask = (java.util.function.BiFunction<CurrentUser, String[], Long>) (who, t) ->
                service.ask(who, new SupportService.AskInput(null, t[0], t[1], null, null, null), List.of());

        long fresh = ask.apply(
                librarian,
                new String[] {"PARTNERSHIP", "Как да привлечем местния бизнес за партньор в лятната читалня за деца?"});
        long assigned = ask.apply(librarian, new String[] {
            "FUNDRAISING", "Какъв дял съфинансиране да предвидим, ако общината дава залата, а ние – книгите?"
        });
        service.assign(admin, assigned, expert.id(), version(assigned));
        long answered = ask.apply(librarian, new String[] {
            "AGREEMENT", "Кой подписва споразумението за сътрудничество – библиотеката или читалището?"
        });
        service.assign(admin, answered, expert.id(), version(answered));
        service.post(
                expert,
                answered,
                "Подписва читалището като юридическо лице, след решение на настоятелството."
                        + " Библиотеката е страна чрез читалището.",
                false,
                List.of());
        long waiting = ask.apply(librarian, new String[] {
            "PARTNERSHIP", "Искаме да повторим примера от Първомай с превенция на наркотиците. Откъде да започнем?"
        });
        service.assign(admin, waiting, expert.id(), version(waiting));
        service.post(
                expert,
                waiting,
                "Кои институции вече работят по темата в общината? Изпратете списък.",
                false,
                List.of());
        service.transition(expert, waiting, SupportStatus.WAITING_FOR_ASKER, version(waiting));
        long closed = ask.apply(
                librarian, new String[] {"FUNDRAISING", "Как да отчетем дарение на техника от местна фирма?"});
        service.assign(admin, closed, expert.id(), version(closed));
        service.post(
                expert,
                closed,
                "Опишете дарението в приемо-предавателен протокол и го впишете в отчета на"
                        + " партньорството като принос „оборудване“.",
                false,
                List.of());
        service.post(
                expert,
                closed,
                "Библиотеката е нова в програмата; да я поканим на регионалната среща.",
                true,
                List.of());
        service.transition(librarian, closed, SupportStatus.CLOSED, version(closed));
        service.rate(librarian, closed, 5, "Много полезно, благодарим!");
        service.consent(librarian, closed, true);
        knowledge.publish(
                expert,
                closed,
                "Как библиотека отчита дарение на техника от местна фирма?",
                "Дарението се описва в приемо-предавателен протокол и се вписва в отчета на партньорството като"
                        + " принос „оборудване“ на фирмата.");
        backdate(fresh, Duration.ofDays(1));

        int others = 0;
        for (var oblast : List.of("VRC", "SOF", "VAR")) {
            var library = directory
                    .list(OrganisationKind.LIBRARY, oblast, null, PageRequest.of(0, 1))
                    .getContent();
            if (library.isEmpty()) {
                continue;
            }
            var asker = new CurrentUser(
                    librarian.id(),
                    librarian.email(),
                    librarian.displayName(),
                    Role.LIBRARIAN,
                    Set.of(Scope.of(ScopeKind.LIBRARY, library.get(0).id())),
                    null,
                    true,
                    false,
                    librarian.locale());
            long id = ask.apply(asker, new String[] {
                others % 2 == 0 ? "ICT" : "COMMUNICATION",
                "Как да разкажем в социалните мрежи за новия клуб по дигитални умения?"
            });
            backdate(id, Duration.ofDays(5 + others));
            others++;
        }
        jdbc.sql("update support_request set demo = true").update();
        log.info("Demo support requests created ({} outside Plovdiv)", others);
    }

    /** An older request, past its target: it was asked {@code ago} earlier. */
    private void backdate(long id, Duration ago) {
        transactions.executeWithoutResult(status -> {
            var r = entityManager.find(SupportRequest.class, id);
            var asked = r.getCreatedAt().minus(ago);
            entityManager
                    .createQuery("update SupportRequest r set r.createdAt = :asked, r.lastActivityAt = :asked,"
                            + " r.dueAt = :due where r.id = :id")
                    .setParameter("asked", asked)
                    .setParameter("due", WorkingHours.bulgarian().plus(asked, Duration.ofHours(17)))
                    .setParameter("id", id)
                    .executeUpdate();
        });
    }

    private long version(long id) {
        return transactions.execute(
                status -> entityManager.find(SupportRequest.class, id).getVersion());
    }

    private CurrentUser demo(Role role) {
        return (CurrentUser) users.loadUserByUsername(DemoAccounts.of(role).email());
    }
}
