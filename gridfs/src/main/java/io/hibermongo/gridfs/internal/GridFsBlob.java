package io.hibermongo.gridfs.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Blob;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/**
 * A {@link Blob} over a GridFS file: {@link #length()} reads the file's {@code files} document,
 * {@link #getBinaryStream()} streams the chunks, so a blob of any size is never held in memory.
 * GridFS files are immutable: to change the value, assign a new {@code Blob}.
 */
final class GridFsBlob implements Blob {

	private final StoredFile file;

	GridFsBlob(StoredFile file) {
		this.file = file;
	}

	StoredFile storedFile() {
		return file;
	}

	@Override
	public long length() throws SQLException {
		return file.length();
	}

	@Override
	public InputStream getBinaryStream() throws SQLException {
		return file.open();
	}

	/** Reads {@code length} bytes from position {@code pos} (1-based), skipping the chunks before it. */
	@Override
	public byte[] getBytes(long pos, int length) throws SQLException {
		StoredFile.checkRange( pos, length );
		try ( InputStream stream = file.open() ) {
			stream.skipNBytes( pos - 1 );
			return stream.readNBytes( length );
		}
		catch (IOException e) {
			throw file.failure( "reading", e );
		}
	}

	@Override
	public InputStream getBinaryStream(long pos, long length) throws SQLException {
		if ( length > Integer.MAX_VALUE ) {
			throw new SQLException( "A blob range read at once is at most " + Integer.MAX_VALUE + " bytes; use getBinaryStream()", "22003" );
		}
		return new ByteArrayInputStream( getBytes( pos, (int) length ) );
	}

	@Override
	public long position(byte[] pattern, long start) throws SQLException {
		throw new SQLFeatureNotSupportedException( "Searching a GridFS blob is not supported: read its stream" );
	}

	@Override
	public long position(Blob pattern, long start) throws SQLException {
		throw new SQLFeatureNotSupportedException( "Searching a GridFS blob is not supported: read its stream" );
	}

	@Override
	public int setBytes(long pos, byte[] bytes) throws SQLException {
		throw immutable();
	}

	@Override
	public int setBytes(long pos, byte[] bytes, int offset, int len) throws SQLException {
		throw immutable();
	}

	@Override
	public OutputStream setBinaryStream(long pos) throws SQLException {
		throw immutable();
	}

	@Override
	public void truncate(long len) throws SQLException {
		throw immutable();
	}

	@Override
	public void free() {
	}

	static SQLFeatureNotSupportedException immutable() {
		return new SQLFeatureNotSupportedException( "GridFS LOBs are immutable: assign a new value, "
				+ "for example one made with session.getLobHelper().createBlob(…) or createClob(…)" );
	}
}
