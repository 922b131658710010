package roundtable.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every table of a schema holds, as a row count and a checksum of all its values, so two
 * databases can be compared table by table: a restore that lost a row, a value or a whole table
 * shows up as a difference. Rows are compared in no particular order (a restore need not keep it).
 */
public final class TableContents {

    /** One table: how many rows, and a SHA-256 over its rows, each row's values in column order. */
    public record Table(long rows, String checksum) {}

    private TableContents() {}

    /** Every base table of {@code schema} (names as the database spells them), keyed by its name in lower case. */
    public static Map<String, Table> of(Connection connection, String schema) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        for (String name : tableNames(connection, schema)) {
            tables.put(name.toLowerCase(), read(connection, schema, name));
        }
        return tables;
    }

    private static List<String> tableNames(Connection connection, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var statement = connection.prepareStatement("select table_name from information_schema.tables "
                + "where table_schema = ? and table_type = 'BASE TABLE'")) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static Table read(Connection connection, String schema, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (var statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select * from " + quote(schema) + "." + quote(table))) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                var row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getMetaData().getColumnName(i).toLowerCase())
                            .append('=')
                            .append(text(rs.getObject(i)))
                            .append('\u001f');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return new Table(rows.size(), sha256(String.join("\n", rows)));
    }

    private static String text(Object value) throws SQLException {
        return switch (value) {
            case null -> "\u2205";
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            case Blob blob -> Base64.getEncoder().encodeToString(blob.getBytes(1, (int) blob.length()));
            case Clob clob -> clob.getSubString(1, (int) clob.length());
            case Array array -> Arrays.deepToString((Object[]) array.getArray());
            case InputStream stream -> {
                try (stream) {
                    yield Base64.getEncoder().encodeToString(stream.readAllBytes());
                } catch (IOException e) {
                    throw new SQLException(e);
                }
            }
            default -> value.toString();
        };
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
