package io.hibermongo.benchmarks;

import io.hibermongo.dialect.internal.mql.ResultColumns;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonReader;
import org.bson.BsonString;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.BsonValueCodec;
import org.bson.codecs.DecoderContext;

/**
 * How fast a result document becomes a JDBC row, from the bytes the server sent: decoded into a
 * {@link BsonDocument} and read by path (what the driver's default codec does), read from a
 * {@link RawBsonDocument} by path, or decoded straight into the row by a {@link StraightRowDecoder} that
 * skips unread fields and builds no top-level document. Documents have the shape {@code find} returns for
 * a {@link BenchItem}. No server is involved. The dialect keeps whichever is fastest (today the first).
 * <pre>{@code mvn -B -q -DskipTests -Prun-row-decoding -pl benchmarks -am verify}</pre>
 */
public final class RowDecoding {

    private static final int DOCUMENTS = 1_000;
    private static final int PASSES = 400;
    private static final int ROUNDS = 10;

    private RowDecoding() {
    }

    public static void main(String[] args) {
        ResultColumns columns = new ResultColumns(List.of("_id", "category", "dimensions.depth", "dimensions.height",
                "dimensions.width", "name", "price", "quantity"));
        List<byte[]> encoded = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            encoded.add(encode(document(i)));
        }
        DecoderContext context = DecoderContext.builder().build();
        BsonDocumentCodec documentCodec = new BsonDocumentCodec();
        StraightRowDecoder straight = new StraightRowDecoder(columns);
        long checkBsonDocument = 0;
        long checkRaw = 0;
        long checkRow = 0;
        double bestDocument = 0;
        double bestRaw = 0;
        double bestRow = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            checkBsonDocument = 0;
            for (int pass = 0; pass < PASSES; pass++) {
                for (byte[] bytes : encoded) {
                    BsonDocument document = documentCodec.decode(reader(bytes), context);
                    checkBsonDocument += checksum(read(columns, document));
                }
            }
            bestDocument = Math.max(bestDocument, rowsPerSecond(start));
            start = System.nanoTime();
            checkRaw = 0;
            for (int pass = 0; pass < PASSES; pass++) {
                for (byte[] bytes : encoded) {
                    checkRaw += checksum(read(columns, new RawBsonDocument(bytes)));
                }
            }
            bestRaw = Math.max(bestRaw, rowsPerSecond(start));
            start = System.nanoTime();
            checkRow = 0;
            for (int pass = 0; pass < PASSES; pass++) {
                for (byte[] bytes : encoded) {
                    checkRow += checksum(straight.decode(reader(bytes), context));
                }
            }
            bestRow = Math.max(bestRow, rowsPerSecond(start));
        }
        if (checkBsonDocument != checkRaw || checkRaw != checkRow) {
            throw new IllegalStateException("The three decodings read different rows");
        }
        System.out.printf(Locale.ROOT, "rows/s, best of %d rounds of %,d rows:%n", ROUNDS, DOCUMENTS * PASSES);
        System.out.printf(Locale.ROOT, "  BsonDocument then read by path   %,12.0f  (1.00)%n", bestDocument);
        System.out.printf(Locale.ROOT, "  RawBsonDocument read by path     %,12.0f  (%.2f)%n", bestRaw, bestRaw / bestDocument);
        System.out.printf(Locale.ROOT, "  decoded straight into the row    %,12.0f  (%.2f)%n", bestRow, bestRow / bestDocument);
    }

    private static BsonValue[] read(ResultColumns columns, BsonDocument document) {
        BsonValue[] row = new BsonValue[columns.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = columns.read(document, i);
        }
        return row;
    }

    /** The candidate: reads the encoding field by field, decoding only the fields a column reads. */
    private static final class StraightRowDecoder {
        private static final BsonValueCodec VALUE_CODEC = new BsonValueCodec();
        private final String[][] segments;
        private final Map<String, int[]> columnsByField = new HashMap<>();

        StraightRowDecoder(ResultColumns columns) {
            segments = new String[columns.size()][];
            for (int i = 0; i < segments.length; i++) {
                segments[i] = columns.path(i).split("\\.");
                int column = i;
                columnsByField.merge(segments[i][0], new int[] {column}, (old, added) -> {
                    int[] both = Arrays.copyOf(old, old.length + 1);
                    both[old.length] = column;
                    return both;
                });
            }
        }

        BsonValue[] decode(BsonReader reader, DecoderContext context) {
            BsonValue[] row = new BsonValue[segments.length];
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                int[] columns = columnsByField.get(reader.readName());
                if (columns == null) {
                    reader.skipValue();
                    continue;
                }
                BsonValue value = VALUE_CODEC.decode(reader, context);
                for (int column : columns) {
                    BsonValue nested = value;
                    for (int i = 1; i < segments[column].length && nested != null; i++) {
                        nested = nested instanceof BsonDocument document ? document.get(segments[column][i]) : null;
                    }
                    row[column] = nested;
                }
            }
            reader.readEndDocument();
            return row;
        }
    }

    private static BsonDocument document(int i) {
        return new BsonDocument("_id", new BsonInt64(i))
                .append("category", new BsonString("category-" + i % 10))
                .append("dimensions", new BsonDocument("depth", new BsonDouble(i * 0.5))
                        .append("height", new BsonDouble(i * 0.25)).append("width", new BsonDouble(i * 0.75)))
                .append("name", new BsonString("item-" + i))
                .append("price", new BsonDouble(i * 1.5))
                .append("quantity", new BsonInt32(i));
    }

    private static byte[] encode(BsonDocument document) {
        RawBsonDocument raw = RawBsonDocument.parse(document.toJson());
        ByteBuffer buffer = raw.getByteBuffer().asNIO();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static BsonBinaryReader reader(byte[] bytes) {
        return new BsonBinaryReader(ByteBuffer.wrap(bytes));
    }

    private static long checksum(BsonValue[] row) {
        long sum = 0;
        for (BsonValue value : row) {
            sum = sum * 31 + (value == null ? 0 : value.hashCode());
        }
        return sum;
    }

    private static double rowsPerSecond(long start) {
        return (double) DOCUMENTS * PASSES / ((System.nanoTime() - start) / 1e9);
    }
}
