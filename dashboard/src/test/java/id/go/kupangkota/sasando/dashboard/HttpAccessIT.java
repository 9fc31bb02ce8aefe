package id.go.kupangkota.sasando.dashboard;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.dashboard.report.Pdfs;
import id.go.kupangkota.sasando.dashboard.report.ReportService;
import id.go.kupangkota.sasando.dashboard.report.ReportWeek;
import id.go.kupangkota.sasando.dashboard.users.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.go.kupangkota.sasando.dashboard.PostFixtures.flagged;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.post;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The addresses outside Vaadin's views, over HTTP through the running server's Spring Security filter
 * chain (as {@code DashboardIT} fetches the PDF), against the real test Elasticsearch: the report PDF,
 * the one data endpoint; sign-in and sign-out, which need the CSRF token the login page carries; the
 * public ECharts webjar. {@link ViewAccessIT} does the views.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sasando.report.catch-up=false")
@ExtendWith(ElasticsearchExtension.class)
@Import(KaribuTest.TestBeans.class)
@DirtiesContext
class HttpAccessIT {
    static final String PDF = "/reports/2024-W28.pdf";
    static final ReportWeek WEEK = ReportWeek.parse("2024-W28");
    static final String PASSWORD = "rahasia-kupang";
    /** What a citizen wrote and under which handle: the report must name neither. */
    static final String CITIZEN_TEXT = "ayo serbu kantor lurah oebobo besok";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    SasandoSettings settings;
    @Autowired
    ReportService reports;
    @Autowired
    UserService users;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static boolean ready;

    @BeforeEach
    void seedAndMakeTheReportOnce() {
        if (ready) {
            return;
        }
        PostFixtures.index(client, settings.indexPrefix(), List.of(
                post("warga-air", "air mati lagi di oebobo", wita("2024-07-09T08:00:00")).build(),
                flagged("warga-serbu", CITIZEN_TEXT, "provokasi", "serbu", wita("2024-07-10T08:00:00"), 0.9)
                        .mentions(List.of("@nona_kupang")).build()));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "analis", "n/a", List.of(new SimpleGrantedAuthority("ROLE_ANALYST"))));
        reports.generate(WEEK);
        SecurityContextHolder.clearContext();
        for (String role : List.of("LEADERSHIP", "ANALYST", "ADMIN")) {
            users.save(role.toLowerCase(), role, PASSWORD, List.of(role));
        }
        ready = true;
    }

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "anonymous GET {0} is sent to sign in")
    @ValueSource(strings = {PDF, "/reports/2020-W01.pdf", "/reports/minggu-lalu.pdf", "/", "/overview", "/search",
            "/risk", "/accounts", "/sources", "/trends", "/report", "/admin"})
    void aStrangerGetsNoDataOnlyTheLoginPage(String path) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html"));
        if (r.statusCode() == 302) {
            assertThat(r.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        } else {
            // Vaadin's bootstrap page, which holds no data before sign-in: the view is decided after it
            assertThat(r.statusCode()).as(path).isEqualTo(200);
        }
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).doesNotContain("pdf");
        assertThat(r.body()).as(path).doesNotContain(CITIZEN_TEXT, "warga_", "nona_kupang");
    }

    @Test
    void everyRoleDownloadsTheReportAndItNamesNoCitizen() throws Exception {
        for (String role : List.of("LEADERSHIP", "ANALYST", "ADMIN")) {
            String session = signIn(role.toLowerCase());
            HttpResponse<byte[]> r = pdf(session);
            assertThat(r.statusCode()).as(role).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as(role).hasValue("application/pdf");
            String text = Pdfs.compact(Pdfs.text(r.body()));
            assertThat(text).as(role).contains(WEEK.key());
            assertThat(text).as(role + ": no handle, no mention, no post text")
                    .doesNotContain("warga_", "nona_kupang", Pdfs.compact(CITIZEN_TEXT),
                            Pdfs.compact("air mati lagi di oebobo"));
        }
    }

    @Test
    void aPostToTheReportAddressWithoutItsCsrfTokenIsRefused() throws Exception {
        String session = signIn("leadership");
        HttpResponse<String> r = send(HttpRequest.newBuilder(url(PDF)).header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(r.statusCode()).isEqualTo(403);
    }

    /**
     * Vaadin's configurer exempts its login page's address from CSRF (its login form posts there), so no
     * token is asserted here; a forged sign-in would still need a valid password.
     */
    @Test
    void aWrongPasswordIsSentBackToTheLoginPageAndTheRightOneSignsIn() throws Exception {
        Page login = loginPage();
        HttpResponse<String> wrong = send(form(login.session(), "username=leadership&password=salah&_csrf="
                + enc(login.csrf())));
        assertThat(wrong.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
        assertThat(signIn("leadership")).isNotBlank();
    }

    @Test
    void signingOutNeedsTheCsrfTokenSoAnotherSiteCannotSignSomeoneOut() throws Exception {
        String session = signIn("leadership");
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/logout")).header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(r.statusCode()).isEqualTo(403);
        HttpResponse<byte[]> still = pdf(session);
        assertThat(still.statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void theChartLibraryIsServedWithoutSigningIn() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/webjars/echarts/5.5.0/echarts.min.js")));
        assertThat(r.statusCode()).isEqualTo(200);
    }

    /** The login page's session and CSRF token, as the browser has them before it posts the form. */
    record Page(String session, String csrf) {
    }

    private Page loginPage() throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(url("/login")).header("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the login page carries the CSRF token").isTrue();
        return new Page(session(page).orElseThrow(), csrf.group(1));
    }

    /** Signs in through the login form, as the browser does; returns the signed-in session. */
    private String signIn(String username) throws IOException, InterruptedException {
        Page login = loginPage();
        HttpResponse<String> r = send(form(login.session(), "username=" + username + "&password=" + PASSWORD
                + "&_csrf=" + enc(login.csrf())));
        assertThat(r.statusCode()).as(username).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).as(username)
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        // a new session id after sign-in (session fixation protection)
        return session(r).orElse(login.session());
    }

    private HttpResponse<byte[]> pdf(String session) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(PDF)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder form(String session, String body) {
        return HttpRequest.newBuilder(url("/login")).header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static java.util.Optional<String> session(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
