package io.hibermongo.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The LOB entity of {@link BlobRoundTrip}: its documents look like {@code {_id: 7, content: ObjectId(…)}},
 * the id of a GridFS file in the default bucket {@code fs}, which is what the hand-written driver code
 * builds as well.
 */
@Entity
@Table(name = BenchBlob.COLLECTION)
public class BenchBlob {

    /** The collection (table) name, shared with the hand-written driver code. */
    public static final String COLLECTION = "bench_blob";

    @Id
    private Long id;

    @Lob
    private byte[] content;

    protected BenchBlob() {
    }

    public BenchBlob(Long id, byte[] content) {
        this.id = id;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
