package labrepl.cloud.lambda.function;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import labrepl.cloud.storage.FileTrees;

/**
 * A deployment package as uploaded: the zip's bytes, their SHA-256 (base64, AWS's CodeSha256),
 * and its extraction into a task folder. Entry names are data: one that would land outside the
 * folder ({@code ../}, an absolute path) refuses the whole package.
 */
public final class CodeArchive {

    /** AWS's limits: 50 MB zipped for a direct upload, 250 MB unzipped. */
    static final long MAX_ZIPPED = 50L * 1024 * 1024;
    static final long MAX_UNZIPPED = 262_144_000L;
    private static final String UNZIP_FAILED = "Could not unzip uploaded file. Please check your file, then try to"
            + " upload again.";

    private final byte[] zip;
    private final String sha256;

    private CodeArchive(byte[] zip) {
        this.zip = zip;
        try {
            this.sha256 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(zip));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param base64 the request's {@code ZipFile} member */
    public static CodeArchive fromBase64(String base64, String operation) {
        if (base64.length() > MAX_ZIPPED * 4 / 3 + 3) {
            throw LambdaException.tooLarge("Request must be smaller than 69905067 bytes for the " + operation
                    + " operation");
        }
        try {
            return new CodeArchive(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw LambdaException.invalidParameter(UNZIP_FAILED);
        }
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return zip.length;
    }

    public byte[] bytes() {
        return zip.clone();
    }

    /** Unpacks into {@code folder}, which must not exist yet; on any refusal nothing is left behind. */
    void extractTo(Path folder) throws IOException {
        Path staging = Files.createTempDirectory(folder.getParent(), ".extracting-");
        try {
            unzip(staging);
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            FileTrees.delete(staging);
        }
    }

    private void unzip(Path root) throws IOException {
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries++;
                Path target = inside(root, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                total += copy(in, target, MAX_UNZIPPED - total);
            }
        } catch (ZipException e) {
            throw LambdaException.invalidParameter(UNZIP_FAILED);
        }
        if (entries == 0) {
            throw LambdaException.invalidParameter(UNZIP_FAILED);
        }
    }

    private static Path inside(Path root, String name) {
        Path target = root.resolve(name).normalize();
        if (name.startsWith("/") || !target.startsWith(root)) {
            throw LambdaException.invalidParameter(UNZIP_FAILED + " The entry '" + name
                    + "' would be written outside the function's folder.");
        }
        return target;
    }

    private static long copy(InputStream in, Path target, long allowed) throws IOException {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                written += n;
                if (written > allowed) {
                    throw LambdaException.invalidParameter("Unzipped size must be smaller than " + MAX_UNZIPPED
                            + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }
}
