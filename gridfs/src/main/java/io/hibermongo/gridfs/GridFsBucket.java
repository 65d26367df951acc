package io.hibermongo.gridfs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.hibermongo.gridfs.internal.BucketBinder;
import org.hibernate.annotations.AttributeBinderType;

/**
 * Stores the values of one LOB attribute in the named GridFS bucket instead of the one given by
 * {@link GridFsSettings#BUCKET}:
 * <pre>{@code
 * @Lob @GridFsBucket("photos")
 * private byte[] photo;
 * }</pre>
 * It applies to {@code byte[]}, {@code Byte[]}, {@code String}, {@code char[]}, {@code Character[]},
 * {@code Blob}, {@code Clob} and {@code NClob} attributes, and makes them GridFS-backed LOBs even without
 * {@code @Lob}.
 */
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@AttributeBinderType(binder = BucketBinder.class)
public @interface GridFsBucket {

	/** The bucket name: its files live in {@code <name>.files} and {@code <name>.chunks}. */
	String value();
}
