package dev.dossier.scheduler;

import dev.dossier.core.error.DossierException;
import dev.dossier.core.error.ErrorCode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dossier's run history, the source of truth for "effectively once".
 *
 * <p>Its unique key on (schedule, scheduled fire time) means a fire time is claimed by exactly one
 * run however many nodes fire it. Every method runs in its own short transaction on the job
 * store's database; {@link DossierException} (FAILURE) when the database fails.
 */
public final class RunLedger {

    /** Opens connections to the store; each call returns a fresh one that the caller closes. */
    @FunctionalInterface
    public interface Connections {
        Connection get() throws SQLException;
    }

    /** How a claim on a fire time ended. */
    public enum Claim { CLAIMED, DUPLICATE, OVERLAP }

    private final Connections db;

    public RunLedger(Connections db) {
        this.db = db;
    }

    /**
     * Claims a fire time for this node: inserts a {@code running} row, or a {@code skipped} row when
     * another edition of the schedule is still running, or nothing when the fire time is taken.
     */
    public Claim claim(String schedule, Instant fireTime, String node) {
        return tx(c -> {
            Optional<Run> running = running(c, schedule);
            String status = running.isPresent() ? "skipped" : "running";
            String error = running.map(r -> "previous edition (" + r.fireTime() + ") still rendering on " + r.node()).orElse(null);
            if (!insert(c, schedule, fireTime, status, node, error)) {
                return Claim.DUPLICATE;
            }
            return running.isPresent() ? Claim.OVERLAP : Claim.CLAIMED;
        });
    }

    /**
     * Takes over a fire time whose node died: a {@code running} row is marked {@code interrupted}
     * and then claimed by {@code node}. True when this node now owns the run.
     */
    public boolean takeOver(String schedule, Instant fireTime, String node) {
        return tx(c -> {
            int n = update(c, "UPDATE dossier_run SET status = 'interrupted' WHERE schedule = ? AND fire_time = ? AND status = 'running'",
                    schedule, fireTime.toEpochMilli());
            if (n == 0) {
                return insert(c, schedule, fireTime, "running", node, null);
            }
            return update(c, "UPDATE dossier_run SET status = 'running', error = 'taken over from ' || node, node = ?, started = ?"
                    + " WHERE schedule = ? AND fire_time = ? AND status = 'interrupted'",
                    node, System.currentTimeMillis(), schedule, fireTime.toEpochMilli()) == 1;
        });
    }

    /** Records a fire time that passed with no scheduler running; false when it is already recorded. */
    public boolean missed(String schedule, Instant fireTime, String node) {
        return tx(c -> insert(c, schedule, fireTime, "missed", node, "no scheduler was running at that time"));
    }

    /** Marks a claimed run done. */
    public void done(String schedule, Instant fireTime, String output, int pages, long bytes, int attempts) {
        tx(c -> update(c, "UPDATE dossier_run SET status = 'done', ended = ?, output = ?, pages = ?, bytes = ?, attempts = ?, error = NULL"
                + " WHERE schedule = ? AND fire_time = ?", System.currentTimeMillis(), output, pages, bytes, attempts, schedule,
                fireTime.toEpochMilli()));
    }

    /** Marks a claimed run failed with its last error. */
    public void failed(String schedule, Instant fireTime, String error, int attempts) {
        tx(c -> update(c, "UPDATE dossier_run SET status = 'failed', ended = ?, error = ?, attempts = ? WHERE schedule = ? AND fire_time = ?",
                System.currentTimeMillis(), truncate(error), attempts, schedule, fireTime.toEpochMilli()));
    }

    /** The newest done edition of a schedule before {@code fireTime}, if any. */
    public Optional<Run> previousEdition(String schedule, Instant fireTime) {
        return tx(c -> query(c, "SELECT * FROM dossier_run WHERE schedule = ? AND status = 'done' AND fire_time < ?"
                + " ORDER BY fire_time DESC", 1, schedule, fireTime.toEpochMilli()).stream().findFirst());
    }

    /** Done editions of a schedule, newest first, after the first {@code keep}. */
    public List<Run> editionsBeyond(String schedule, int keep) {
        return tx(c -> {
            List<Run> all = query(c, "SELECT * FROM dossier_run WHERE schedule = ? AND status = 'done' AND output IS NOT NULL"
                    + " ORDER BY fire_time DESC", Integer.MAX_VALUE, schedule);
            return all.size() <= keep ? List.of() : new ArrayList<>(all.subList(keep, all.size()));
        });
    }

    /** Forgets that an edition's files exist (they were deleted by retention); the history row stays. */
    public void forgetOutput(long runId) {
        tx(c -> update(c, "UPDATE dossier_run SET output = NULL WHERE id = ?", runId));
    }

    /** History, newest first; all schedules when {@code schedule} is null. */
    public List<Run> history(String schedule, int limit) {
        return tx(c -> schedule == null
                ? query(c, "SELECT * FROM dossier_run ORDER BY fire_time DESC, schedule", limit)
                : query(c, "SELECT * FROM dossier_run WHERE schedule = ? ORDER BY fire_time DESC", limit, schedule));
    }

    /** Deletes history rows older than {@code before} and beyond the newest {@code keep} per schedule. */
    public int prune(String schedule, Instant before, int keep) {
        return tx(c -> {
            int n = update(c, "DELETE FROM dossier_run WHERE schedule = ? AND fire_time < ? AND status <> 'running'",
                    schedule, before.toEpochMilli());
            List<Run> rows = query(c, "SELECT * FROM dossier_run WHERE schedule = ? ORDER BY fire_time DESC", Integer.MAX_VALUE, schedule);
            if (rows.size() > keep) {
                n += update(c, "DELETE FROM dossier_run WHERE schedule = ? AND fire_time <= ? AND status <> 'running'",
                        schedule, rows.get(keep).fireTime().toEpochMilli());
            }
            update(c, "DELETE FROM dossier_delivery WHERE run_id NOT IN (SELECT id FROM dossier_run)");
            return n;
        });
    }

    /** Deletes a schedule's whole history (the schedule was removed). */
    public void forget(String schedule) {
        tx(c -> {
            update(c, "DELETE FROM dossier_delivery WHERE run_id IN (SELECT id FROM dossier_run WHERE schedule = ?)", schedule);
            return update(c, "DELETE FROM dossier_run WHERE schedule = ?", schedule);
        });
    }

    /** The run's id, for delivery rows. */
    public long id(String schedule, Instant fireTime) {
        return tx(c -> query(c, "SELECT * FROM dossier_run WHERE schedule = ? AND fire_time = ?", 1, schedule,
                fireTime.toEpochMilli()).get(0).id());
    }

    /** Recipients of a run not yet delivered to. */
    public List<String> undelivered(long runId, List<String> recipients) {
        return tx(c -> {
            List<String> sent = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT recipient FROM dossier_delivery WHERE run_id = ? AND status = 'sent'")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sent.add(rs.getString(1));
                    }
                }
            }
            return recipients.stream().filter(r -> !sent.contains(r)).toList();
        });
    }

    /** Records one delivery attempt to one recipient; {@code error} null when it was sent. */
    public void delivery(long runId, String recipient, String error) {
        tx(c -> {
            String status = error == null ? "sent" : "failed";
            Long sent = error == null ? System.currentTimeMillis() : null;
            int n = update(c, "UPDATE dossier_delivery SET status = ?, attempts = attempts + 1, error = ?, sent = ? WHERE run_id = ? AND recipient = ?",
                    status, truncate(error), sent, runId, recipient);
            if (n == 0) {
                update(c, "INSERT INTO dossier_delivery (run_id, recipient, status, attempts, error, sent) VALUES (?, ?, ?, 1, ?, ?)",
                        runId, recipient, status, truncate(error), sent);
            }
            return n;
        });
    }

    /** Delivery rows of a run as recipient → status. */
    public java.util.Map<String, String> deliveries(long runId) {
        return tx(c -> {
            java.util.Map<String, String> out = new java.util.TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT recipient, status FROM dossier_delivery WHERE run_id = ?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    private static Optional<Run> running(Connection c, String schedule) throws SQLException {
        return query(c, "SELECT * FROM dossier_run WHERE schedule = ? AND status = 'running'", 1, schedule).stream().findFirst();
    }

    private static boolean insert(Connection c, String schedule, Instant fireTime, String status, String node, String error)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dossier_run (schedule, fire_time, item, status, node, started, error)"
                + " VALUES (?, ?, '', ?, ?, ?, ?)")) {
            ps.setString(1, schedule);
            ps.setLong(2, fireTime.toEpochMilli());
            ps.setString(3, status);
            ps.setString(4, node);
            ps.setLong(5, System.currentTimeMillis());
            ps.setString(6, error);
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) { // integrity constraint: the key is taken
                c.rollback();
                return false;
            }
            throw e;
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    private static List<Run> query(Connection c, String sql, int limit, Object... args) throws SQLException {
        List<Run> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (out.size() < limit && rs.next()) {
                    out.add(new Run(rs.getLong("id"), rs.getString("schedule"), Instant.ofEpochMilli(rs.getLong("fire_time")),
                            rs.getString("status"), rs.getString("node"), instant(rs, "started"), instant(rs, "ended"),
                            rs.getString("output"), (Integer) rs.getObject("pages"), number(rs, "bytes"),
                            rs.getInt("attempts"), rs.getString("error")));
                }
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static Long number(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, args[i]);
            }
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1900 ? s : s.substring(0, 1900) + "…";
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T tx(Work<T> work) {
        try (Connection c = db.get()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw DossierException.failure(ErrorCode.SCHEDULER_STORE, "run history: " + e.getMessage(), e);
        }
    }
}
