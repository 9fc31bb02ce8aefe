package id.go.kupangkota.sasando.spark.common;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class EsTargetTest {

    @Test
    void tasksOfOneExecutorShareOneClientPerTarget() {
        EsTarget target = new EsTarget("http://127.0.0.1:1", null, null, "t");
        ElasticsearchClient first = target.executorClient();
        // an equal target (as each task deserialises its own copy) gets the same client
        assertSame(first, new EsTarget("http://127.0.0.1:1", null, null, "t").executorClient());
        assertNotSame(first, new EsTarget("http://127.0.0.1:2", null, null, "t").executorClient());
        assertNotSame(first, new EsTarget("http://127.0.0.1:1", "elastic", "secret", "t").executorClient());
    }
}
