package de.klimanetz.onlineroom;

public enum AttendanceStatus {
    PRESENT,
    EXCUSED,
    ABSENT
}
