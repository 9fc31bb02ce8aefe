package id.go.kupangkota.sasando.spark.accounts;

import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.spark.common.CuratedPosts;
import id.go.kupangkota.sasando.spark.common.CurrentPosts;
import id.go.kupangkota.sasando.spark.common.ReadModelArgs;
import id.go.kupangkota.sasando.spark.common.ReadModelScope;
import id.go.kupangkota.sasando.spark.common.ReadModels;
import id.go.kupangkota.sasando.spark.common.TouchedDays;
import id.go.kupangkota.sasando.spark.common.JobFailure;
import id.go.kupangkota.sasando.spark.common.Sessions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

import java.sql.Timestamp;
import java.util.List;
import scala.collection.JavaConverters;

import static id.go.kupangkota.sasando.core.post.PostFields.*;
import static org.apache.spark.sql.functions.*;

/**
 * Curated posts to weekly account statistics and daily interaction edges.
 *
 * <pre>AccountsJob [--no-es] [--curated URI]</pre>
 *
 * <b>Accounts</b> (one row per ISO week, platform and {@code author_key}): posts, active days, reach
 * (sum of the posts' views: the sources report no follower counts), engagement (likes + replies +
 * reposts + quotes), their ranks in the week, the account's age where the source reports it (the
 * youngest known {@code author_created_at} of the author, in whole WITA days at the end of the week),
 * and the {@link BotLikeness} score with its reasons.
 * Document id {@code week|platform|author_key}.
 *
 * <p>An account is the platform's ({@code platform}, the part of the post id before {@code :}, see core's
 * {@code Post.platformOf}), not the delivering source's: an X account whose posts came from the X source and
 * from a file import of an X export (ids {@code x:…}, {@code source} {@code file}, the author keyed as the X
 * source keys it) is one row. {@code sources} lists the sources that delivered the posts counted. A post
 * delivered by both is one post, counted once: the posts are the current ones, the latest row per id
 * ({@code CuratedPosts.latestPerId}, the platform's own copy first).
 *
 * <p><b>Edges</b> (one row per WITA day, platform, kind and pair of accounts, with the day's ISO week):
 * {@code mention} (to the mentioned handle), {@code reply}, {@code quote}, {@code repost} (to the author
 * of the target post, when that post is in the curated zone; others are left out). Self-edges are left
 * out. By day so a reader can sum any period's days exactly; a week's network is the sum over its
 * {@code week}. Document id {@code day|platform|kind|from|to}, with the {@code sources} of its posts.
 */
public final class AccountsJob {
    public static final String POSTS = "posts";
    public static final String ACTIVE_DAYS = "active_days";
    public static final String REACH = "reach";
    public static final String ENGAGEMENT = "engagement";
    public static final String REACH_RANK = "reach_rank";
    public static final String ENGAGEMENT_RANK = "engagement_rank";
    public static final String POSTS_PER_DAY = "posts_per_day";
    public static final String DUPLICATE_SHARE = "duplicate_share";
    public static final String BURST_SHARE = "burst_share";
    public static final String ACCOUNT_AGE_DAYS = "account_age_days";
    public static final String BOT_SCORE = "bot_score";
    public static final String BOT_REASONS = "bot_reasons";
    /** The sources that delivered an account's (an edge's) posts, sorted: {@code [file, x]}. */
    public static final String SOURCES = "sources";

    public static final String KIND = "kind";
    public static final String FROM_AUTHOR_KEY = "from_author_key";
    public static final String FROM_HANDLE = "from_handle";
    public static final String TO_AUTHOR_KEY = "to_author_key";
    public static final String TO_HANDLE = "to_handle";
    public static final String COUNT = "count";

    public static void main(String[] argv) {
        ReadModelArgs args = ReadModelArgs.parse(argv, SasandoSettings.fromEnvironment());
        JobFailure.exitOnFailure("sasando accounts", "./sasando pipeline", args.es() == null ? null : args.es().url(),
                () -> Sessions.run("sasando-accounts", spark -> JobFailure.stage("accounts", () -> run(spark, args))));
    }

    public static void run(SparkSession spark, ReadModelArgs args) {
        if (args.es() != null) {
            args.es().requireReachable();
        }
        Dataset<Row> posts = CuratedPosts.read(spark, args.zones().posts()).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            ReadModels.publish(accounts(posts), args.zones().accounts(), args.es(), SasandoIndex.ACCOUNTS);
            ReadModels.publish(edges(posts), args.zones().edges(), args.es(), SasandoIndex.EDGES);
        } finally {
            posts.unpersist();
        }
    }

    /**
     * Accounts of the weeks new posts touch and edges of the days they touch, plus what they reach
     * elsewhere: the weeks of an author whose youngest known creation time changed (its age counts in
     * every week), and the days of posts that reply to, quote or repost a new post or mention a handle that
     * now belongs to another (or a first) author key. Other weeks and days keep their rows and documents.
     * The whole history when the scope says so.
     * The posts are taken from {@code posts}, the pipeline's one read of the current posts.
     */
    public static void run(SparkSession spark, ReadModelArgs args, ReadModelScope scope, CurrentPosts posts) {
        if (args.es() != null) {
            args.es().requireReachable();
        }
        if (scope.full() || !ReadModels.canUpdate(spark, args.es(), SasandoIndex.ACCOUNTS, args.zones().accounts())
                || !ReadModels.canUpdate(spark, args.es(), SasandoIndex.EDGES, args.zones().edges())
                // rows of a job that keyed by source: replaced whole, not mixed with rows keyed by platform
                || !ReadModels.hasColumns(spark, args.zones().accounts(), PLATFORM, SOURCES)
                || !ReadModels.hasColumns(spark, args.zones().edges(), PLATFORM, SOURCES)) {
            run(spark, args);
            return;
        }
        if (scope.nothingNew()) {
            return;
        }
        Dataset<Row> history = history(posts.all());
        Column old = coalesce(col(TAGGED_AT), lit(new Timestamp(0))).leq(lit(Timestamp.from(scope.since())));
        TouchedDays weeks = scope.touched().plus(daysOf(agedAuthors(history, old)));
        TouchedDays days = scope.touched().plus(daysOf(reachingNewPosts(history, old)));
        ReadModels.update(accounts(posts.of(weeks.daysOfWeeks()), history)
                        .where(col(WEEK).isin(weeks.weekKeys().toArray())), WEEK, weeks.weekKeys(),
                args.zones().accounts(), args.es(), SasandoIndex.ACCOUNTS);
        ReadModels.update(edges(posts.of(days.dayKeys()), history), DAY, days.dayKeys(), args.zones().edges(),
                args.es(), SasandoIndex.EDGES);
    }

    /** What the scope of an update and the edges' targets read of every current post. */
    public static Dataset<Row> history(Dataset<Row> posts) {
        return posts.select(col(ID), col(DAY), col(WEEK), CuratedPosts.platform().as(PLATFORM), col(AUTHOR_KEY),
                col(AUTHOR_HANDLE), col(AUTHOR_CREATED_AT), col(MENTIONS), col(REPLY_TO), col(QUOTE_OF),
                col(REPOST_OF), col(TAGGED_AT));
    }

    /** The posts with their {@code platform}, which keys accounts and edges. */
    private static Dataset<Row> withPlatform(Dataset<Row> posts) {
        return posts.withColumn(PLATFORM, CuratedPosts.platform());
    }

    /** Posts by authors whose youngest known creation time is not what the posts before the run gave. */
    static Dataset<Row> agedAuthors(Dataset<Row> history, Column old) {
        Dataset<Row> authored = history.where(col(AUTHOR_KEY).isNotNull().and(col(WEEK).isNotNull()));
        Dataset<Row> changed = createdAt(authored).except(createdAt(authored.where(old)));
        return authored.join(changed, JavaConverters.asScalaBuffer(List.of(PLATFORM, AUTHOR_KEY)), "left_semi");
    }

    /** Posts whose edges new posts change: they reply to, quote or repost one, or mention a re-keyed handle. */
    static Dataset<Row> reachingNewPosts(Dataset<Row> history, Column old) {
        Dataset<Row> fresh = history.where(not(old)).select(col(ID).as("n_id"));
        Column targetsFresh = col(REPLY_TO).equalTo(col("n_id")).or(col(QUOTE_OF).equalTo(col("n_id")))
                .or(col(REPOST_OF).equalTo(col("n_id")));
        Dataset<Row> answering = history.join(fresh, targetsFresh, "left_semi").select(col(DAY));
        Dataset<Row> rekeyed = handles(history).except(handles(history.where(old)));
        Dataset<Row> mentioning = history.select(col(DAY), col(PLATFORM), explode(col(MENTIONS)).as("m"))
                .withColumn("m_handle", lower(regexp_replace(col("m"), "^@", "")))
                .join(rekeyed, col(PLATFORM).equalTo(col("h_platform"))
                                .and(col("m_handle").equalTo(col("h_handle"))), "left_semi")
                .select(col(DAY));
        return answering.unionByName(mentioning);
    }

    private static List<String> daysOf(Dataset<Row> posts) {
        return posts.select(col(DAY)).where(col(DAY).isNotNull()).distinct().as(Encoders.STRING()).collectAsList();
    }

    // ---- accounts ----

    /** Weekly statistics per account, ranked and scored. */
    public static Dataset<Row> accounts(Dataset<Row> posts) {
        return accounts(posts, posts);
    }

    /**
     * Weekly statistics of {@code posts}' accounts, their creation times known from {@code history}, which
     * holds at least those posts (the whole curated zone when only some weeks are recomputed).
     */
    public static Dataset<Row> accounts(Dataset<Row> posts, Dataset<Row> history) {
        Dataset<Row> authored = withPlatform(posts).where(col(AUTHOR_KEY).isNotNull().and(col(WEEK).isNotNull()));
        Column[] account = {col(WEEK), col(PLATFORM), col(AUTHOR_KEY)};
        Dataset<Row> busiestHour = authored
                .groupBy(col(WEEK), col(PLATFORM), col(AUTHOR_KEY), date_trunc("hour", col(CREATED_AT)).as("hour"))
                .agg(count(lit(1)).as("in_hour"))
                .groupBy(account).agg(max(col("in_hour")).as("busiest_hour"));
        Column engagement = PostFields.ENGAGEMENT.stream().map(f -> coalesce(col(f), lit(0L)))
                .reduce(Column::plus).orElseThrow();
        Dataset<Row> stats = authored.groupBy(account).agg(
                        max(col(AUTHOR_HANDLE)).as(AUTHOR_HANDLE),
                        max(col(AUTHOR_NAME)).as(AUTHOR_NAME),
                        sort_array(collect_set(col(SOURCE))).as(SOURCES),
                        max(col(DAY)).as("last_day"),
                        count(lit(1)).as(POSTS),
                        countDistinct(col(DAY)).as(ACTIVE_DAYS),
                        sum(coalesce(col(VIEW_COUNT), lit(0L))).as(REACH),
                        sum(engagement).as(ENGAGEMENT),
                        countDistinct(lower(trim(coalesce(col(TEXT), lit(""))))).as("distinct_texts"))
                .join(busiestHour, JavaConverters.asScalaBuffer(List.of(WEEK, PLATFORM, AUTHOR_KEY)), "left")
                .withColumn(POSTS_PER_DAY, col(POSTS).divide(col(ACTIVE_DAYS)))
                .withColumn(DUPLICATE_SHARE, lit(1.0).minus(col("distinct_texts").divide(col(POSTS))))
                .withColumn(BURST_SHARE, col("busiest_hour").divide(col(POSTS)))
                .join(createdAt(withPlatform(history).where(col(AUTHOR_KEY).isNotNull().and(col(WEEK).isNotNull()))),
                        JavaConverters.asScalaBuffer(List.of(PLATFORM, AUTHOR_KEY)), "left")
                .withColumn(ACCOUNT_AGE_DAYS, accountAgeDays());
        UserDefinedFunction botLikeness = udf(new BotLikenessUdf(), BotLikenessUdf.TYPE);
        return stats
                .withColumn("_bot", botLikeness.apply(col(POSTS), col(POSTS_PER_DAY), col(DUPLICATE_SHARE),
                        col(BURST_SHARE), col(ACCOUNT_AGE_DAYS)))
                .withColumn(BOT_SCORE, col("_bot." + BotLikenessUdf.SCORE))
                .withColumn(BOT_REASONS, col("_bot." + BotLikenessUdf.REASONS))
                .withColumn(REACH_RANK, rank().over(Window.partitionBy(col(WEEK)).orderBy(col(REACH).desc())))
                .withColumn(ENGAGEMENT_RANK, rank().over(Window.partitionBy(col(WEEK)).orderBy(col(ENGAGEMENT).desc())))
                .withColumn(ID, concat_ws("|", col(WEEK), col(PLATFORM), col(AUTHOR_KEY)))
                .select(col(ID), col(WEEK), col(PLATFORM), col(SOURCES), col(AUTHOR_KEY), col(AUTHOR_HANDLE),
                        col(AUTHOR_NAME), col(AUTHOR_CREATED_AT), col(ACCOUNT_AGE_DAYS), col(POSTS), col(ACTIVE_DAYS),
                        col(REACH), col(ENGAGEMENT), col(REACH_RANK), col(ENGAGEMENT_RANK), col(POSTS_PER_DAY),
                        col(DUPLICATE_SHARE), col(BURST_SHARE), col(BOT_SCORE), col(BOT_REASONS));
    }

    /**
     * The known creation time of each author (platform and key) over all weeks, so a week whose posts came
     * without it (an import, another source's copy) still knows the age. Should fetches disagree, the youngest
     * counts: the age only ever raises the score, so the doubt goes to an analyst's look.
     */
    private static Dataset<Row> createdAt(Dataset<Row> authored) {
        return authored.where(col(AUTHOR_CREATED_AT).isNotNull())
                .groupBy(col(PLATFORM), col(AUTHOR_KEY)).agg(max(col(AUTHOR_CREATED_AT)).as(AUTHOR_CREATED_AT));
    }

    /** Whole days from the WITA day the account was created to the end of the week (the Monday after). */
    private static Column accountAgeDays() {
        Column weekEnd = date_add(to_date(date_trunc("week", to_timestamp(col("last_day")))), 7);
        return datediff(weekEnd, to_date(from_utc_timestamp(col(AUTHOR_CREATED_AT), Wita.ZONE_ID)));
    }

    // ---- edges ----

    /** Interactions per WITA day (the post's {@code day}, its {@code week} kept) between accounts, counted. */
    public static Dataset<Row> edges(Dataset<Row> posts) {
        return edges(posts, posts);
    }

    /**
     * The edges of {@code posts}, their targets (handles, the authors of replied-to posts) looked up in
     * {@code history}, which holds at least those posts.
     */
    public static Dataset<Row> edges(Dataset<Row> posts, Dataset<Row> history) {
        Dataset<Row> from = withPlatform(posts).where(col(DAY).isNotNull().and(col(WEEK).isNotNull())
                        .and(col(AUTHOR_HANDLE).isNotNull().or(col(AUTHOR_KEY).isNotNull())))
                .select(col(ID), col(DAY), col(WEEK), col(PLATFORM), col(SOURCE), col(AUTHOR_KEY).as(FROM_AUTHOR_KEY),
                        col(AUTHOR_HANDLE).as(FROM_HANDLE), col(MENTIONS), col(REPLY_TO), col(QUOTE_OF),
                        col(REPOST_OF));
        Dataset<Row> handles = handles(withPlatform(history));
        Dataset<Row> targets = history.select(col(ID).as("t_id"), col(AUTHOR_KEY).as("t_key"),
                col(AUTHOR_HANDLE).as("t_handle"));

        Dataset<Row> mentions = from
                .select(col(DAY), col(WEEK), col(PLATFORM), col(SOURCE), col(FROM_AUTHOR_KEY), col(FROM_HANDLE),
                        lit("mention").as(KIND), explode(col(MENTIONS)).as("m"))
                .withColumn(TO_HANDLE, lower(regexp_replace(col("m"), "^@", "")))
                .join(handles, col(PLATFORM).equalTo(col("h_platform")).and(col(TO_HANDLE).equalTo(col("h_handle"))),
                        "left")
                .withColumn(TO_AUTHOR_KEY, col("h_key"));
        Dataset<Row> conversations = interactions(from, REPLY_TO, "reply")
                .unionByName(interactions(from, QUOTE_OF, "quote"))
                .unionByName(interactions(from, REPOST_OF, "repost"))
                .join(targets, col("target").equalTo(col("t_id")), "inner")
                .withColumn(TO_AUTHOR_KEY, col("t_key"))
                .withColumn(TO_HANDLE, col("t_handle"));
        Column[] edge = {col(DAY), col(WEEK), col(PLATFORM), col(SOURCE), col(KIND), col(FROM_AUTHOR_KEY),
                col(FROM_HANDLE), col(TO_AUTHOR_KEY), col(TO_HANDLE)};
        Column from_ = coalesce(col(FROM_AUTHOR_KEY), lower(col(FROM_HANDLE)));
        Column to = coalesce(col(TO_AUTHOR_KEY), lower(col(TO_HANDLE)));
        // grouped by what the id names, so an account whose handle differs between its posts (its copies from
        // two sources, a renamed handle) is one edge, not two rows of one id
        return mentions.select(edge).unionByName(conversations.select(edge))
                .where(to.isNotNull().and(from_.notEqual(to)))
                .groupBy(col(DAY), col(WEEK), col(PLATFORM), col(KIND), from_.as("_from"), to.as("_to"))
                .agg(max(col(FROM_AUTHOR_KEY)).as(FROM_AUTHOR_KEY), max(col(FROM_HANDLE)).as(FROM_HANDLE),
                        max(col(TO_AUTHOR_KEY)).as(TO_AUTHOR_KEY), max(col(TO_HANDLE)).as(TO_HANDLE),
                        sort_array(collect_set(col(SOURCE))).as(SOURCES), count(lit(1)).as(COUNT))
                .withColumn(ID, concat_ws("|", col(DAY), col(PLATFORM), col(KIND), col("_from"), col("_to")))
                .select(col(ID), col(DAY), col(WEEK), col(PLATFORM), col(SOURCES), col(KIND), col(FROM_AUTHOR_KEY),
                        col(FROM_HANDLE), col(TO_AUTHOR_KEY), col(TO_HANDLE), col(COUNT));
    }

    /** The author key a handle stands for, per platform: the greatest of the keys seen with it. */
    private static Dataset<Row> handles(Dataset<Row> posts) {
        return posts.where(col(AUTHOR_HANDLE).isNotNull())
                .groupBy(col(PLATFORM).as("h_platform"), lower(col(AUTHOR_HANDLE)).as("h_handle"))
                .agg(max(col(AUTHOR_KEY)).as("h_key"));
    }

    private static Dataset<Row> interactions(Dataset<Row> from, String field, String kind) {
        return from.where(col(field).isNotNull())
                .select(col(DAY), col(WEEK), col(PLATFORM), col(SOURCE), col(FROM_AUTHOR_KEY), col(FROM_HANDLE),
                        lit(kind).as(KIND), col(field).as("target"));
    }

}
