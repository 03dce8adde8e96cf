-- Sessions stored before staff roles (issue 10) hold a login in the old shape, which no longer
-- deserialises: everyone logs in once more instead of meeting an error page.
DELETE FROM SPRING_SESSION_ATTRIBUTES;
DELETE FROM SPRING_SESSION;
