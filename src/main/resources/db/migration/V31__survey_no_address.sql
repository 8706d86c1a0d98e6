-- Survey invitations without an e-mail address get their own mail state, NO_ADDRESS: they were NONE (like those
-- reached through an account) or, worse, PENDING forever, counted as mail still to send.
update survey_invitation set mail_state = 'NO_ADDRESS'
 where has_account = false and mail_state in ('NONE', 'PENDING') and (email is null or email not like '%@%');
