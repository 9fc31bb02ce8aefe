package id.go.kupangkota.sasando.ingest.source;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The one contract every discovered source keeps. */
class SourceContractTest {

    @TestFactory
    Stream<DynamicTest> every_discovered_source_keeps_the_contract() {
        List<Source> sources = SourceCatalog.discover();
        assertThat(sources).extracting(Source::name).contains("file");
        return sources.stream().map(source -> DynamicTest.dynamicTest(source.name(), () -> {
            assertThat(source.name()).as("name").matches("[a-z][a-z0-9]*");
            assertThat(source.description()).as("DESCRIPTION.md of " + source.name()).isNotBlank();
            String pkg = source.getClass().getPackageName();
            assertThat(pkg).as("one package per source").endsWith(".source." + source.name());
            String simple = Character.toUpperCase(source.name().charAt(0)) + source.name().substring(1);
            assertThat(source.getClass().getSimpleName()).isEqualTo(simple + "Source");
            assertThat(classExists(pkg + "." + simple + "Mapper")).as(simple + "Mapper").isTrue();
            assertThat(classExists(pkg + "." + simple + "Settings")).as(simple + "Settings").isTrue();
            assertThat(source.mapper().version()).as("mapper version").isNotBlank();
            assertThat(Vocabulary.SOURCES).as("the dashboard's known sources (core Vocabulary.SOURCES)")
                    .contains(source.name());
        }));
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
