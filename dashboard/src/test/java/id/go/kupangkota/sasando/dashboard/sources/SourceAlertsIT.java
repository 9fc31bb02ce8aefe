package id.go.kupangkota.sasando.dashboard.sources;

import co.elastic.clients.elasticsearch._types.Refresh;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import id.go.kupangkota.sasando.dashboard.audit.AuditAction;
import id.go.kupangkota.sasando.dashboard.audit.AuditEvent;
import id.go.kupangkota.sasando.dashboard.audit.AuditService;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.i18n.TranslatableException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static id.go.kupangkota.sasando.dashboard.PostFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Acknowledging and resolving ingest's alerts by hand, against the real alerts and audit indices. */
class SourceAlertsIT extends KaribuTest {
    private static final PostFilter WEEK = PostFilter.range(LocalDate.parse("2024-07-08"),
            LocalDate.parse("2024-07-14"));

    @Autowired
    SourcesService service;
    @Autowired
    AuditService audit;

    private SourceAlert raise(String id) throws IOException {
        SourceAlert alert = SourceAlert.raised(id, "source_failing", "x", null, null, "warning",
                "X gagal 3 kali berturut-turut", 3, "HTTP 401", "x.unauthorized", Map.of(), wita("2024-07-14T09:00:00"));
        client.index(i -> i.index(SasandoIndex.ALERTS.alias(settings.indexPrefix())).id(id).document(alert)
                .refresh(Refresh.WaitFor));
        return alert;
    }

    private SourceAlert stored(String id) {
        return service.alerts(WEEK).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private List<AuditEvent> auditOf(String id) {
        return audit.latest(200).stream().filter(e -> e.action() == AuditAction.ALERT
                && e.detailArgs() != null && e.detailArgs().contains(id)).toList();
    }

    @Test
    void anAnalystAcknowledgesAnOpenAlertWithWhoAndWhenAndTheAuditLogSaysSo() throws IOException {
        SourceAlert alert = raise("ack-1");
        login("analis", "ANALYST");

        assertThat(service.acknowledge(alert, "  ")).as("a blank note is no note").isTrue();

        SourceAlert acknowledged = stored("ack-1");
        assertThat(acknowledged.status()).isEqualTo(SourceAlert.ACKNOWLEDGED);
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("analis");
        assertThat(acknowledged.acknowledgedAt()).isEqualTo(NOW);
        assertThat(acknowledged.acknowledgedNote()).isNull();
        assertThat(acknowledged.consecutiveFailures()).as("ingest's figures stay").isEqualTo(3);
        assertThat(auditOf("ack-1")).singleElement().satisfies(e -> {
            assertThat(e.username()).isEqualTo("analis");
            assertThat(e.detailKind()).isEqualTo("ALERT_ACKNOWLEDGED");
            assertThat(e.detailArgs()).containsExactly("x", "source_failing", "ack-1");
            assertThat(e.detail()).isEqualTo("Alert on X acknowledged: Source failing (ack-1)");
        });

        // a second acknowledgement (another tab, another analyst) changes nothing and logs nothing
        login("admin", "ADMIN");
        assertThat(service.acknowledge(alert, "saya cek")).isFalse();
        assertThat(stored("ack-1").acknowledgedBy()).isEqualTo("analis");
        assertThat(stored("ack-1").acknowledgedNote()).isNull();
        assertThat(auditOf("ack-1")).hasSize(1);
    }

    @Test
    void anAcknowledgedAlertIsResolvedByHandWithWhyKeepingWhoAcknowledgedItAndWhatTheyNoted() throws IOException {
        SourceAlert alert = raise("res-1");
        login("analis", "ANALYST");
        service.acknowledge(alert, "Minta admin cek token X ");

        login("admin", "ADMIN");
        assertThat(service.resolve(stored("res-1"), " Token X diganti; ingest berhasil lagi. ")).isTrue();

        SourceAlert resolved = stored("res-1");
        assertThat(resolved.status()).isEqualTo(SourceAlert.RESOLVED);
        assertThat(resolved.resolvedBy()).isEqualTo("admin");
        assertThat(resolved.resolvedAt()).isEqualTo(NOW);
        assertThat(resolved.resolvedNote()).isEqualTo("Token X diganti; ingest berhasil lagi.");
        assertThat(resolved.acknowledgedBy()).isEqualTo("analis");
        assertThat(resolved.acknowledgedNote()).isEqualTo("Minta admin cek token X");
        assertThat(auditOf("res-1")).extracting(AuditEvent::username, AuditEvent::detailKind).containsExactlyInAnyOrder(
                tuple("analis", "ALERT_ACKNOWLEDGED_NOTE"), tuple("admin", "ALERT_RESOLVED_NOTE"));
        assertThat(auditOf("res-1")).filteredOn(e -> e.username().equals("admin")).singleElement().satisfies(e -> {
            assertThat(e.detailArgs()).containsExactly("x", "source_failing", "res-1",
                    "Token X diganti; ingest berhasil lagi.");
            assertThat(e.detail()).isEqualTo("Alert on X marked resolved: Source failing (res-1). "
                    + "Note: Token X diganti; ingest berhasil lagi.");
        });

        assertThat(service.resolve(resolved, "lagi")).as("resolved already").isFalse();
        assertThat(service.acknowledge(resolved, null)).as("nothing left to acknowledge").isFalse();
        assertThat(stored("res-1").resolvedNote()).isEqualTo("Token X diganti; ingest berhasil lagi.");
        assertThat(auditOf("res-1")).hasSize(2);
    }

    @Test
    void anAlertIsNotResolvedWithoutSayingWhyNorWithANoteTooLongToBeShort() throws IOException {
        SourceAlert alert = raise("why-1");
        login("analis", "ANALYST");

        for (String none : new String[] {null, "", "   \n "}) {
            assertThatThrownBy(() -> service.resolve(alert, none)).isInstanceOf(TranslatableException.class)
                    .extracting(e -> ((TranslatableException) e).key()).isEqualTo("sources.alert.note.required");
        }
        String essay = "a".repeat(SourcesService.NOTE_MAX + 1);
        assertThatThrownBy(() -> service.resolve(alert, essay)).isInstanceOf(TranslatableException.class)
                .extracting(e -> ((TranslatableException) e).key()).isEqualTo("sources.alert.note.too_long");
        assertThatThrownBy(() -> service.acknowledge(alert, essay)).isInstanceOf(TranslatableException.class);

        assertThat(stored("why-1").status()).isEqualTo(SourceAlert.OPEN);
        assertThat(auditOf("why-1")).isEmpty();
        assertThat(service.resolve(alert, "a".repeat(SourcesService.NOTE_MAX))).as("at most is allowed").isTrue();
    }

    @Test
    void leadershipReadsAlertsButNeitherAcknowledgesNorResolvesThem() throws IOException {
        SourceAlert alert = raise("lead-1");
        login("pimpinan", "LEADERSHIP");

        assertThat(service.canHandleAlerts()).isFalse();
        assertThat(service.alerts(WEEK)).extracting(SourceAlert::id).contains("lead-1");
        assertThatThrownBy(() -> service.acknowledge(alert, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resolve(alert, "sudah")).isInstanceOf(AccessDeniedException.class);

        assertThat(stored("lead-1").status()).isEqualTo(SourceAlert.OPEN);
        assertThat(auditOf("lead-1")).isEmpty();
    }

    @Test
    void anAlertThatIsNotThereIsAClearError() {
        login("analis", "ANALYST");
        SourceAlert ghost = SourceAlert.raised("ghost", "source_failing", "x", null, null, "warning", "", 3, null,
                null, null, NOW);

        assertThatThrownBy(() -> service.acknowledge(ghost, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ghost");
        assertThat(auditOf("ghost")).isEmpty();
    }
}
