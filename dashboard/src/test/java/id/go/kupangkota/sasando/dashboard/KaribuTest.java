package id.go.kupangkota.sasando.dashboard;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Browserless UI tests: the whole Spring application against the real test Elasticsearch (a fresh
 * index prefix per test class), Vaadin faked by Karibu-Testing with the app's routes, and a user
 * signed in through Spring Security's context, as the login form would.
 */
// no catch-up report at start: each test makes the reports it looks at (ReportServiceIT and WeeklyReportCatchUpIT test the catch-up)
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "sasando.report.catch-up=false")
@ExtendWith(ElasticsearchExtension.class)
@Import(KaribuTest.TestBeans.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class KaribuTest {
    /** "Now" in every UI test: Sunday 14 July 2024, noon WITA; the default range is 8..14 July. */
    public static final Instant NOW = PostFixtures.wita("2024-07-14T12:00:00");

    private static final Routes ROUTES = routes("id.go.kupangkota.sasando.dashboard");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected SasandoSettings settings;
    @Autowired
    protected ElasticsearchClient client;

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
            return Clock.fixed(NOW, java.time.ZoneOffset.UTC);
        }
    }

    /**
     * The app's routes found the way Spring finds components: Karibu's own discovery skips
     * package-private views, and ours are package-private. Karibu's mock error routes are kept.
     */
    @SuppressWarnings("unchecked")
    static Routes routes(String basePackage) {
        Routes karibu = new Routes().autoDiscoverViews(basePackage);
        Set<Class<? extends Component>> views = new HashSet<>(karibu.getRoutes());
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            try {
                views.add((Class<? extends Component>) Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Routes(views, new HashSet<>(karibu.getErrorRoutes()), false);
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in a user with the given roles (bare names, e.g. "ANALYST"). */
    protected static void login(String username, String... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authorities.contains(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    protected void seed(List<Post> posts) {
        PostFixtures.index(client, settings.indexPrefix(), posts);
    }
}
