# One build, three runtime images (targets): dashboard, ingest, analytics. Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q install -DskipTests \
 && ./mvnw -B -q -pl ingest dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib

# Every container that writes the shared /data volume runs as uid/gid 185, the `spark` user of the
# official Spark image (the worker's executors write the curated zone there), and docker-compose's
# data-init makes the volume theirs: with users of two uids one side could not write the other's folders.
FROM eclipse-temurin:17-jre AS dashboard
RUN groupadd --system --gid 185 sasando && useradd --system --uid 185 --gid sasando sasando \
 && mkdir /data && chown sasando:sasando /data
COPY --from=build /src/dashboard/target/sasando-dashboard-*[0-9T].jar /app/dashboard.jar
USER sasando
EXPOSE 8080
ENTRYPOINT ["java", "-Duser.timezone=UTC", "-jar", "/app/dashboard.jar"]

FROM eclipse-temurin:17-jre AS ingest
RUN groupadd --system --gid 185 sasando && useradd --system --uid 185 --gid sasando sasando \
 && mkdir /data && chown sasando:sasando /data
COPY --from=build /src/ingest/target/lib /app/lib
COPY --from=build /src/ingest/target/sasando-ingest-*.jar /app/
WORKDIR /app
USER sasando
ENTRYPOINT ["sh", "-c", "exec java -Duser.timezone=UTC -cp '/app/*:/app/lib/*' id.go.kupangkota.sasando.ingest.cli.IngestCommand \"$@\"", "ingest"]

# The pipeline driver, submitted to the Spark master with spark-submit (same image family as the workers):
# the -cluster jar alone, as README.md and analytics/spark/README.md give it and ClusterSubmitIT runs it
# (Spark 3.5 adds its own --add-opens to the driver and the executors).
FROM apache/spark:3.5.7-scala2.12-java17-ubuntu AS analytics
USER root
COPY --from=build /src/analytics/spark/target/sasando-spark-*-cluster.jar /app/sasando-spark.jar
WORKDIR /app
USER spark
# SPARK_DRIVER_HOST: the name the executors reach the driver by (compose: the service's own name; the
# container's default host name is its id, which other containers need not resolve).
ENTRYPOINT ["sh", "-c", "exec /opt/spark/bin/spark-submit --master \"${SPARK_MASTER_URL:-local[*]}\" ${SPARK_DRIVER_HOST:+--conf spark.driver.host=$SPARK_DRIVER_HOST} --class id.go.kupangkota.sasando.spark.PipelineJob /app/sasando-spark.jar \"$@\"", "analytics"]
