package id.go.kupangkota.sasando.spark.accounts;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** {@link BotLikeness#explain} as a Spark function returning {@code struct<score, reasons>}. */
public final class BotLikenessUdf implements UDF5<Long, Double, Double, Double, Integer, Row> {
    public static final String SCORE = "score";
    public static final String REASONS = "reasons";
    public static final StructType TYPE = new StructType()
            .add(SCORE, DataTypes.DoubleType, false)
            .add(REASONS, DataTypes.createArrayType(DataTypes.StringType), false);

    @Override
    public Row call(Long posts, Double postsPerDay, Double duplicateShare, Double burstShare, Integer accountAgeDays) {
        BotLikeness.Explanation e = BotLikeness.explain(posts, postsPerDay, duplicateShare, burstShare, accountAgeDays);
        return RowFactory.create(e.score(), e.reasons().toArray(String[]::new));
    }
}
