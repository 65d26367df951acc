package io.hibermongo.gridfs.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Clob;
import java.sql.NClob;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/**
 * A {@link Clob} (and {@link NClob}) over a GridFS file holding the text as UTF-8: the character stream
 * decodes the chunks as they arrive, and {@link #length()} reads the character count that the upload
 * stored in the file's metadata. GridFS files are immutable: to change the value, assign a new one.
 */
final class GridFsClob implements NClob {

	private final StoredFile file;

	GridFsClob(StoredFile file) {
		this.file = file;
	}

	StoredFile storedFile() {
		return file;
	}

	/** The length in characters (UTF-16 code units, as {@link String#length()}). */
	@Override
	public long length() throws SQLException {
		var metadata = file.file().getMetadata();
		Object characters = metadata == null ? null : metadata.get( LobUpload.CHARACTERS );
		if ( characters instanceof Number count ) {
			return count.longValue();
		}
		try ( Reader reader = getCharacterStream() ) {
			return reader.skip( Long.MAX_VALUE );
		}
		catch (IOException e) {
			throw file.failure( "reading", e );
		}
	}

	@Override
	public Reader getCharacterStream() throws SQLException {
		return new BufferedReader( new InputStreamReader( file.open(), StandardCharsets.UTF_8 ) );
	}

	/** Reads {@code length} characters from position {@code pos} (1-based). */
	@Override
	public String getSubString(long pos, int length) throws SQLException {
		StoredFile.checkRange( pos, length );
		try ( Reader reader = getCharacterStream() ) {
			long skipped = reader.skip( pos - 1 );
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[8192];
			int read = 0;
			while ( skipped == pos - 1 && text.length() < length
					&& ( read = reader.read( buffer, 0, Math.min( buffer.length, length - text.length() ) ) ) > 0 ) {
				text.append( buffer, 0, read );
			}
			return text.toString();
		}
		catch (IOException e) {
			throw file.failure( "reading", e );
		}
	}

	@Override
	public Reader getCharacterStream(long pos, long length) throws SQLException {
		if ( length > Integer.MAX_VALUE ) {
			throw new SQLException( "A clob range read at once is at most " + Integer.MAX_VALUE + " characters; use getCharacterStream()", "22003" );
		}
		return new StringReader( getSubString( pos, (int) length ) );
	}

	@Override
	public InputStream getAsciiStream() throws SQLException {
		throw new SQLFeatureNotSupportedException( "A GridFS clob holds UTF-8 text: read it with getCharacterStream()" );
	}

	@Override
	public long position(String pattern, long start) throws SQLException {
		throw new SQLFeatureNotSupportedException( "Searching a GridFS clob is not supported: read its stream" );
	}

	@Override
	public long position(Clob pattern, long start) throws SQLException {
		throw new SQLFeatureNotSupportedException( "Searching a GridFS clob is not supported: read its stream" );
	}

	@Override
	public int setString(long pos, String str) throws SQLException {
		throw GridFsBlob.immutable();
	}

	@Override
	public int setString(long pos, String str, int offset, int len) throws SQLException {
		throw GridFsBlob.immutable();
	}

	@Override
	public OutputStream setAsciiStream(long pos) throws SQLException {
		throw GridFsBlob.immutable();
	}

	@Override
	public Writer setCharacterStream(long pos) throws SQLException {
		throw GridFsBlob.immutable();
	}

	@Override
	public void truncate(long len) throws SQLException {
		throw GridFsBlob.immutable();
	}

	@Override
	public void free() {
	}
}
