package id.go.kupangkota.sasando.dashboard.e2e;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.dashboard.Application;
import id.go.kupangkota.sasando.dashboard.PostFixtures;
import id.go.kupangkota.sasando.dashboard.base.security.Roles;
import id.go.kupangkota.sasando.dashboard.report.Pdfs;
import id.go.kupangkota.sasando.dashboard.report.ReportWeek;
import id.go.kupangkota.sasando.dashboard.report.TestOutput;
import id.go.kupangkota.sasando.dashboard.users.UserService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An analyst's main path through the running dashboard in a real browser (Debian's Chromium,
 * headless): sign in, see the overview's charts drawn, search with a filter, confirm a risky post,
 * generate and download the weekly PDF. The server's clock stands at Sunday 14 July 2024, noon WITA,
 * so the last complete week is 2024-W27. Screenshots of every step go to target/screenshots/.
 */
// the browser makes last week's report itself (a catch-up report at start would be there already)
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sasando.report.catch-up=false")
@ExtendWith(ElasticsearchExtension.class)
@Import(DashboardIT.TestBeans.class)
@DirtiesContext
class DashboardIT {
    static final Instant NOW = PostFixtures.wita("2024-07-14T12:00:00");
    static final ReportWeek LAST_WEEK = ReportWeek.parse("2024-W27");
    static final String ANALYST = "analis";
    static final String PASSWORD = "analis-rahasia-1";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static Path screenshots;
    static WebDriver driver;
    static WebDriverWait wait;
    static Path profile;
    static int shot;

    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    SasandoSettings settings;
    @Autowired
    UserService users;

    @TestConfiguration
    static class TestBeans {
        @Bean
        @Primary
        SasandoSettings testSettings() {
            return ElasticsearchExtension.settings();
        }

        @Bean
        @Primary
        Clock testClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        profile = Files.createTempDirectory("sasando-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        // the first page of a fresh Vaadin app can take a while on a busy machine
        wait = new WebDriverWait(driver, Duration.ofSeconds(90));
        screenshots = TestOutput.dir("screenshots");
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anAnalystWalksFromSignInToTheWeeklyPdf() throws Exception {
        List<Post> posts = DemoPosts.posts();
        PostFixtures.index(client, settings.indexPrefix(), posts);
        users.save(ANALYST, "Analis Uji", PASSWORD, List.of(Roles.ANALYST));

        signIn();
        overviewChartsAreDrawn();
        searchWithAFilter(posts);
        String confirmed = confirmARiskyPostOfLastWeek(posts);
        downloadTheWeeklyReport(posts, confirmed);
    }

    @Test
    void theBrowserTabHasSasandosIconWithoutSigningIn() throws Exception {
        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/favicon.ico"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        // an ICO file: reserved 0, type 1 (icon)
        assertThat(java.util.Arrays.copyOf(icon.body(), 4)).containsExactly(0, 0, 1, 0);
    }

    private void signIn() {
        driver.get(url("/login"));
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#vaadinLoginUsername input")));
        username.sendKeys(ANALYST);
        WebElement password = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        password.sendKeys(PASSWORD);
        screenshot("login");
        password.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
    }

    private void overviewChartsAreDrawn() {
        driver.get(url("/"));
        wait.until(d -> !d.findElements(By.cssSelector(".sasando-chart")).isEmpty());
        // ECharts draws into a canvas it creates inside each chart element
        wait.until(d -> d.findElements(By.cssSelector(".sasando-chart")).stream()
                .allMatch(chart -> !chart.findElements(By.cssSelector("canvas, svg")).isEmpty()));
        assertThat(driver.findElements(By.cssSelector(".sasando-chart canvas, .sasando-chart svg")))
                .hasSizeGreaterThanOrEqualTo(driver.findElements(By.cssSelector(".sasando-chart")).size());
        // numbers on value axes are written the Indonesian way: 1.000 is a thousand, not one
        Object axisLabel = ((JavascriptExecutor) driver).executeScript("""
                const el = [...document.querySelectorAll('.sasando-chart')]
                    .find(e => { const o = echarts.getInstanceByDom(e).getOption(); return o.yAxis && o.yAxis[0].type === 'value'; });
                return echarts.getInstanceByDom(el).getOption().yAxis[0].axisLabel.formatter(12500);""");
        assertThat(axisLabel).isEqualTo("12.500");
        // days are shown as the date pickers and tables write them (base/ui Dates): no formatter rewrites them
        Object dayLabel = ((JavascriptExecutor) driver).executeScript("""
                const el = [...document.querySelectorAll('.sasando-chart')]
                    .find(e => { const o = echarts.getInstanceByDom(e).getOption(); return o.xAxis && o.xAxis[0].type === 'category'; });
                const axis = echarts.getInstanceByDom(el).getOption().xAxis[0];
                return [/^\\d{4}-\\d{2}-\\d{2}$/.test(axis.data[0]), !(axis.axisLabel && axis.axisLabel.formatter)];""");
        assertThat(dayLabel).isEqualTo(List.of(true, true));
        // hashtags and terms are tag clouds, the most used hashtag first; an analyst's words are links
        List<WebElement> tags = driver.findElements(By.cssSelector(".sasando-tag-cloud .sasando-tag"));
        assertThat(tags).extracting(WebElement::getText).contains("#kupang");
        screenshot("overview");
        // a word leads to the period's posts that say it, in Pencarian (the router's navigation, no reload)
        WebElement kupang = tags.stream().filter(t -> t.getText().equals("#kupang")).findFirst().orElseThrow();
        assertThat(kupang.getTagName()).isEqualTo("a");
        click(kupang);
        wait.until(ExpectedConditions.urlContains("/search?"));
        assertThat(driver.getCurrentUrl()).contains("q=%23kupang");
        WebElement total = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//span[contains(normalize-space(.), ' hasil')]")));
        wait.until(d -> !total.getText().startsWith("0 "));
    }

    private void searchWithAFilter(List<Post> posts) {
        long hoaksThisWeek = posts.stream()
                .filter(p -> p.risk() != null && p.risk().contains("hoaks"))
                .filter(p -> !p.createdAt().isBefore(LAST_WEEK.next().start()))
                .count();
        driver.get(url("/search?from=2024-07-08&to=2024-07-14&risk=hoaks"));
        WebElement total = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//span[contains(normalize-space(.), ' hasil')]")));
        wait.until(d -> total.getText().equals(hoaksThisWeek + " hasil"));
        wait.until(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[contains(., 'hoaks: air PDAM')]"))
                .isEmpty());
        screenshot("search");
    }

    /** Confirms last week's first risky post in the risk view; returns its id once Elasticsearch has it. */
    private String confirmARiskyPostOfLastWeek(List<Post> posts) {
        Post risky = posts.stream()
                .filter(p -> p.risk() != null && !p.createdAt().isBefore(LAST_WEEK.start())
                        && p.createdAt().isBefore(LAST_WEEK.end()))
                .findFirst().orElseThrow();
        driver.get(url("/risk?from=2024-07-01&to=2024-07-07"));
        WebElement cell = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[contains(., '" + risky.text() + "')]")));
        click(cell);
        WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-radio-button[contains(., 'Terkonfirmasi')]")));
        click(confirm);
        screenshot("risk-decision");
        click(driver.findElement(By.xpath("//vaadin-button[contains(., 'Simpan keputusan')]")));
        wait.until(d -> "confirmed".equals(triageStatus(risky.id())));
        screenshot("risk-saved");
        return risky.id();
    }

    private void downloadTheWeeklyReport(List<Post> posts, String confirmedId) throws Exception {
        long lastWeekPosts = posts.stream()
                .filter(p -> !p.createdAt().isBefore(LAST_WEEK.start()) && p.createdAt().isBefore(LAST_WEEK.end()))
                .count();
        driver.get(url("/report"));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("report-generate"))));
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("report-download-" + LAST_WEEK.key())));
        screenshot("report");

        // fetch the link as the browser would, with the browser's session
        String href = link.getAttribute("href");
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(Pdfs.looksLikePdf(pdf.body())).isTrue();
        String text = Pdfs.compact(Pdfs.text(pdf.body()));
        assertThat(text).contains(Pdfs.compact("Pada 1–7 Juli 2024 ada " + lastWeekPosts + " unggahan tentang Kota Kupang"));
        assertThat(text).contains(Pdfs.compact("Dikonfirmasi analis 1 0"));
        Files.write(screenshots.resolve("weekly-report-" + LAST_WEEK.key() + ".pdf"), pdf.body());
        assertThat(confirmedId).isNotBlank();

        // a week with no report, or no week at all: a page in the user's words, not Spring's whitelabel
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(url("/reports/2020-W01.pdf")))
                .header("Cookie", "JSESSIONID=" + session.getValue()).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Halaman tidak ditemukan", "laporan minggu itu belum dibuat")
                .doesNotContain("Whitelabel");
        HttpResponse<String> malformed = http.send(HttpRequest.newBuilder(URI.create(url("/reports/minggu-lalu.pdf")))
                .header("Cookie", "JSESSIONID=" + session.getValue()).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("Alamat tidak dapat dibuka").doesNotContain("Whitelabel");

        // without the session the address sends you to sign in, never the PDF
        HttpResponse<byte[]> anonymous = http.send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    /** Scrolls the element to the middle of the window first: nothing floats over it there. */
    private static void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    @SuppressWarnings("unchecked")
    private String triageStatus(String postId) {
        try {
            Map<String, Object> source = client.get(g -> g.index(SasandoIndex.POSTS.alias(settings.indexPrefix()))
                    .id(postId), Map.class).source();
            return source == null ? null : (String) source.get(PostFields.TRIAGE_STATUS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) {
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(screenshots.resolve(String.format("%02d-%s.png", ++shot, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
