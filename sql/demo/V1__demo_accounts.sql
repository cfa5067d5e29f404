-- Demo accounts, one per role; every password is Ingrado-demo-2026 (listed in README.md).
-- Loaded only in demo mode (portal.demo=true), tracked in its own history table.
INSERT INTO account (email, display_name, password_hash, preferred_language, status, created_at, verified_at)
VALUES ('lid@demo.ingrado.nl', 'Lotte de Leerplicht', 'PBKDF2WithHmacSHA512:210000:IHl1oaU5eL+VN8X2QRtb4LqMzjinRozunGKDBxQ8SPs=:JfVB8H8388SbCfF2HYaeLFYaBMakLqDzLYUQIHS2rPFId1fuA/bCId6jujiT3PXXpwh1WaLL9020qIQy44volw==', 'nl', 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       ('auditor@demo.ingrado.nl', 'Arjen Auditor', 'PBKDF2WithHmacSHA512:210000:IHl1oaU5eL+VN8X2QRtb4LqMzjinRozunGKDBxQ8SPs=:JfVB8H8388SbCfF2HYaeLFYaBMakLqDzLYUQIHS2rPFId1fuA/bCId6jujiT3PXXpwh1WaLL9020qIQy44volw==', 'nl', 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       ('bureau@demo.ingrado.nl', 'Bente van het Bureau', 'PBKDF2WithHmacSHA512:210000:IHl1oaU5eL+VN8X2QRtb4LqMzjinRozunGKDBxQ8SPs=:JfVB8H8388SbCfF2HYaeLFYaBMakLqDzLYUQIHS2rPFId1fuA/bCId6jujiT3PXXpwh1WaLL9020qIQy44volw==', 'nl', 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       ('beheer@demo.ingrado.nl', 'Bram Beheer', 'PBKDF2WithHmacSHA512:210000:IHl1oaU5eL+VN8X2QRtb4LqMzjinRozunGKDBxQ8SPs=:JfVB8H8388SbCfF2HYaeLFYaBMakLqDzLYUQIHS2rPFId1fuA/bCId6jujiT3PXXpwh1WaLL9020qIQy44volw==', 'en', 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));

INSERT INTO account_role (account_id, role)
SELECT id, 'MEMBER' FROM account WHERE email = 'lid@demo.ingrado.nl'
UNION ALL SELECT id, 'AUDITOR' FROM account WHERE email = 'auditor@demo.ingrado.nl'
UNION ALL SELECT id, 'STAFF' FROM account WHERE email = 'bureau@demo.ingrado.nl'
UNION ALL SELECT id, 'ADMIN' FROM account WHERE email = 'beheer@demo.ingrado.nl'
UNION ALL SELECT id, 'STAFF' FROM account WHERE email = 'beheer@demo.ingrado.nl';
