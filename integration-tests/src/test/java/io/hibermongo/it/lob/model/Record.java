package io.hibermongo.it.lob.model;

import java.sql.Blob;
import java.sql.Clob;

import io.hibermongo.gridfs.GridFsBucket;
import jakarta.persistence.Basic;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Version;

/** An entity with a LOB of each common kind, one inside an embeddable, one lazy, one in its own bucket. */
@Entity
public class Record {

	@Id
	private Long id;

	private String name;

	@Version
	private int version;

	@Lob
	private byte[] data;

	@Lob
	private String text;

	private Blob blob;

	private Clob clob;

	@Embedded
	private Scan scan;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	private byte[] preview;

	@Lob
	@GridFsBucket("photos")
	private byte[] photo;

	public Record() {
	}

	public Record(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public Long getId() { return id; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public int getVersion() { return version; }
	public byte[] getData() { return data; }
	public void setData(byte[] data) { this.data = data; }
	public String getText() { return text; }
	public void setText(String text) { this.text = text; }
	public Blob getBlob() { return blob; }
	public void setBlob(Blob blob) { this.blob = blob; }
	public Clob getClob() { return clob; }
	public void setClob(Clob clob) { this.clob = clob; }
	public Scan getScan() { return scan; }
	public void setScan(Scan scan) { this.scan = scan; }
	public byte[] getPreview() { return preview; }
	public void setPreview(byte[] preview) { this.preview = preview; }
	public byte[] getPhoto() { return photo; }
	public void setPhoto(byte[] photo) { this.photo = photo; }
}
