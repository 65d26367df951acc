package io.hibermongo.gridfs;

/**
 * The configuration properties of the gridfs module, read beside Hibernate's and
 * {@code io.hibermongo.dialect.MongoSettings}.
 */
public final class GridFsSettings {

	/**
	 * The GridFS bucket that stores LOB values ({@code @Lob}, {@code Blob}, {@code Clob}, {@code NClob}),
	 * unless an attribute names another with {@link GridFsBucket}. Default {@code fs}: the collections
	 * {@code fs.files} and {@code fs.chunks}.
	 */
	public static final String BUCKET = "hibernate.mongodb.gridfs.bucket";

	/** The bucket used when {@link #BUCKET} is not set. */
	public static final String DEFAULT_BUCKET = "fs";

	private GridFsSettings() {
	}
}
