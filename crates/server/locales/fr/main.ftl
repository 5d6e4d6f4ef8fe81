# cyberindex interface: French (translated from the English reference, locales/en/main.ftl).
# Keys are grouped by page. Keep each message a whole sentence or label; never build sentences
# from pieces in code.

## Layout
skip-to-content = Aller au contenu principal
demo-banner = Données de démonstration : il ne s’agit pas d’évaluations réelles.
nav-label = Menu principal
nav-editions = Éditions
nav-users = Utilisateurs
nav-outbox = Boîte d’envoi
nav-my-responses = Mes réponses
nav-account = Compte
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
language-label = Langue
footer-text = cyberindex : logiciel ouvert au service des programmes nationaux relatifs aux capacités de cybersécurité.
back-home = Retour à la page d’accueil
yes = Oui
no = Non

## Home
home-title = Programme national relatif aux capacités de cybersécurité
home-intro = Les pays répondent ici au questionnaire, le secrétariat examine chaque réponse avec eux, puis les résultats validés sont publiés.
home-nothing-published = Aucun résultat n’a encore été publié.
published-notice = La version { $version } des résultats est publiée.
published-open = Ouvrir les résultats publiés
home-all-results = Tous les résultats publiés
nav-results = Résultats
my-responses-title = Mes réponses
my-responses-none = Aucun questionnaire ne vous est ouvert pour le moment.
col-edition = Édition
col-country = Pays
col-status = Statut
col-deadline = Date limite
col-framework = Cadre
col-opens = Ouverture
col-countries = Pays
col-state = État
col-actions = Actions
col-complete = Avancement
col-last-activity = Dernière activité

## Sign in
login-title = Connexion
field-email = Adresse électronique
field-password = Mot de passe
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-failed = L’adresse électronique ou le mot de passe est incorrect. Vérifiez-les tous les deux et réessayez.
totp-code-title = Code d’authentification
field-totp-code = Code à six chiffres
totp-code-help = Ouvrez votre application d’authentification et saisissez le code qu’elle affiche pour cyberindex.
totp-code-submit = Continuer
totp-code-wrong = Ce code est incorrect ou a expiré. Saisissez le code que votre application affiche maintenant.

## Passwords and links
field-new-password = Nouveau mot de passe
field-confirm-password = Saisissez à nouveau le nouveau mot de passe
password-help = Au moins 12 caractères. Quelques mots sans rapport entre eux forment un mot de passe robuste.
set-password-submit = Définir le mot de passe
password-too-short = Le mot de passe est trop court : utilisez au moins 12 caractères.
password-common = Ce mot de passe figure parmi les 10 000 mots de passe les plus courants, que les attaquants essaient en premier. Choisissez-en un autre : plusieurs mots sans rapport entre eux forment un mot de passe long et facile à retenir.
password-common-variant = Ce mot de passe est un mot de passe très courant auquel on a ajouté des chiffres ou des symboles, ce que les attaquants essaient aussi en premier. Choisissez-en un autre : plusieurs mots sans rapport entre eux forment un mot de passe long et facile à retenir.
password-repetitive = Ce mot de passe répète un motif court ou utilise très peu de caractères différents : il se devine vite. Choisissez-en un autre : plusieurs mots sans rapport entre eux forment un mot de passe long et facile à retenir.
password-mismatch = Les deux mots de passe ne sont pas identiques. Saisissez-les à nouveau.
invitation-title = Bienvenue dans cyberindex
invitation-intro = Choisissez un mot de passe pour terminer la configuration de votre compte. Ce lien ne peut être utilisé qu’une seule fois.
reset-title = Réinitialiser votre mot de passe
reset-intro = Saisissez l’adresse électronique de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
reset-submit = Envoyer le lien
reset-sent = Si un compte utilise cette adresse, un lien permettant de réinitialiser son mot de passe vient de lui être envoyé. Ce lien ne peut être utilisé qu’une seule fois et reste valable un jour.
reset-confirm-title = Choisir un nouveau mot de passe
reset-confirm-intro = Choisissez un nouveau mot de passe pour votre compte. Il vous sera également demandé pour vous connecter depuis d’autres appareils.

## Account
account-title = Votre compte
totp-title = Authentification à deux facteurs
totp-on = L’authentification à deux facteurs est activée : la connexion exige un code fourni par votre application.
totp-disable = Désactiver l’authentification à deux facteurs
totp-required = Votre rôle exige l’authentification à deux facteurs. Configurez-la pour continuer.
totp-setup-intro = Scannez ce code avec une application d’authentification (ou saisissez la clé ci-dessous), puis saisissez le code à six chiffres qu’elle affiche.
totp-qr-alt = Code QR permettant d’ajouter cyberindex à une application d’authentification
totp-secret-label = Clé :
totp-enable = Activer l’authentification à deux facteurs
tokens-title = Jetons d’API
tokens-intro = Les scripts utilisent un jeton personnel dans l’en-tête "Authorization: Bearer TOKEN". Un jeton agit avec vos droits ; révoquez-le dès qu’il n’est plus nécessaire.
tokens-new = Copiez votre nouveau jeton maintenant : il ne sera plus affiché.
tokens-none = Vous n’avez aucun jeton.
tokens-name = Nom du jeton
tokens-created = Création
tokens-last-used = Dernière utilisation
tokens-state = État
tokens-revoke = Révoquer
tokens-revoked = Révoqué
tokens-create = Créer un jeton

## Roles and statuses
role-admin = Administrateur du secrétariat
role-reviewer = Examinateur
role-focal-point = Point focal
role-contributor = Contributeur
role-observer = Observateur
status-not-started = Non commencée
status-in-progress = En cours
status-submitted = Soumise
status-in-review = En cours d’examen
status-validated = Validée

## Editions
editions-title = Éditions
editions-new = Nouvelle édition
editions-none = Il n’y a encore aucune édition.
editions-archive = Archiver
editions-create = Créer l’édition
edition-open = Ouverte
edition-archived = Archivée
edition-field-id = Identifiant de l’édition
edition-field-id-help = Lettres minuscules, chiffres et tirets, par exemple 2026. Il figure dans les adresses web et ne peut pas être modifié.
edition-field-name = Nom
edition-field-framework = Cadre
edition-field-framework-file = Ou téléversez un fichier de cadre (TOML)
edition-field-opens = Date d’ouverture
edition-field-deadline = Date limite
edition-field-countries = Pays participants
edition-field-countries-help = "all" pour tous les pays de la liste de référence, ou des codes ISO 3166-1 alpha-3 séparés par des virgules.
edition-field-carry-forward = Reprendre les réponses de
edition-carry-forward-none = Ne pas reprendre de réponses
edition-field-carry-forward-help = Les réponses de chaque pays à cette édition sont préremplies, signalées comme reprises, et doivent être confirmées par le pays.
form-errors = Veuillez corriger les problèmes suivants

## Dashboard
dashboard-title = Tableau de bord
dashboard-summary = Date limite : { $deadline }. Cadre : { $framework }.
dashboard-filters = Filtrer les pays
dashboard-region = Région de l’UIT
dashboard-status = Statut
dashboard-all = Tous
dashboard-apply = Appliquer les filtres
dashboard-caption = { $count ->
    [one] { $count } pays
   *[other] { $count } pays
}

## Workspace
workspace-status = Statut :
workspace-deadline = Date limite :
readonly-submitted = Cette réponse a été soumise et ne peut plus être modifiée.
readonly-viewer = Vous pouvez consulter cette réponse, mais pas la modifier.
progress-title = Progression
progress-pillar = Pilier
progress-answered = Réponses fournies
progress-evidence-missing = Justificatifs manquants
progress-total = Tous les piliers
questions-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
autosave-saving = Enregistrement…
autosave-saved = Toutes les modifications ont été enregistrées.
autosave-offline = Pas encore enregistré : la connexion a été interrompue. Votre réponse est conservée sur cet appareil et sera enregistrée dès le rétablissement de la connexion.
autosave-error = Cette réponse n’a pas pu être enregistrée. Consultez le message affiché à côté.
autosave-conflict = Quelqu’un d’autre a modifié cette réponse pendant que vous la modifiiez. Choisissez la valeur à conserver.
conflict-title = Cette réponse a été modifiée par quelqu’un d’autre
conflict-intro = Pendant que vous la modifiiez, quelqu’un d’autre a enregistré cette réponse. Choisissez la valeur à conserver.
conflict-theirs = Valeur de l’autre personne
conflict-mine = Votre valeur
conflict-keep-theirs = Conserver la valeur de l’autre personne
conflict-use-mine = Enregistrer plutôt ma valeur
conflict-empty = (aucune réponse)
# carry-forward (issue 14 item 7)
confirm-pillar-button = { $count ->
    [one] Confirmer la réponse inchangée de { $pillar }
   *[other] Confirmer les { $count } réponses inchangées de { $pillar }
}
confirm-pillar-hint = { $count ->
    [one] Une réponse de ce pilier a été préremplie pour vous et n’a pas été modifiée. Si elle est toujours valable, confirmez-la en une seule étape. La confirmation est consignée dans le journal d’audit.
   *[other] { $count } réponses de ce pilier ont été préremplies pour vous et n’ont pas été modifiées. Si elles sont toujours valables, confirmez-les toutes en une seule étape. Chaque confirmation est consignée dans le journal d’audit.
}
confirm-pillar-done = { $count ->
    [0] Il ne restait rien à confirmer dans { $pillar }.
    [one] 1 réponse confirmée dans { $pillar }.
   *[other] { $count } réponses confirmées dans { $pillar }.
}
confirm-pillar-next = { $count ->
    [one] Ensuite : 1 réponse inchangée à confirmer dans { $pillar }
   *[other] Ensuite : { $count } réponses inchangées à confirmer dans { $pillar }
}
evidence-carried-from = Reprise de { $edition }
conflict-changed-by = Modifiée par { $who } le { $when }.
conflict-changed-at = Modifiée le { $when }.
evidence-required-tag = Justificatifs requis
prefilled-secretariat = Prérempli par le secrétariat à partir de sources publiques. Veuillez confirmer ou corriger cette information.
prefilled-carried-forward = Repris de l’édition précédente. Veuillez confirmer ou corriger cette information.
guidance = Orientations
evidence-expected = Justificatifs attendus :
not-answered = Sans réponse
field-number = Nombre
number-hint-whole = Nombre entier
number-hint-min = { $min } ou plus
number-hint-max = { $max } ou moins
number-hint-range = De { $min } à { $max }
text-hint-max-length = { $max } caractères au plus
field-url = Adresse web
field-date = Date
field-text = Réponse
field-comment = Commentaire (facultatif)
save-page = Enregistrer les réponses de cette page
evidence-title = Justificatifs
evidence-none = Aucun justificatif n’a encore été joint.
evidence-public = public
evidence-confidential = confidentiel
evidence-delete = Retirer
evidence-link = lien
evidence-add = Joindre un justificatif
evidence-field-title = Titre du document
evidence-field-url = Adresse web du justificatif
evidence-field-file = Ou un fichier
evidence-upload-hint = Indiquez une adresse web ou choisissez un fichier : PDF, document bureautique, image ou texte, jusqu’à { $size } MB.
evidence-field-language = Langue du document
evidence-language-other = Autre langue
evidence-field-date = Date du document
evidence-field-public = Peut être publié avec les résultats
evidence-add-submit = Joindre

## Submit
submit-review-link = Vérifier et soumettre
submit-title = Vérifier et soumettre
submit-summary = Questions ayant reçu une réponse : { $answered } sur { $relevant }.
submit-unanswered = Questions sans réponse
submit-no-evidence = Réponses sans les justificatifs requis
submit-none = Aucune.
submit-confirm = J’ai vérifié les réponses et je confirme qu’elles sont, à ma connaissance, complètes et exactes.
submit-button = Soumettre la réponse
submit-focal-only = Seul le point focal du pays peut soumettre la réponse.
submit-back = Retour au questionnaire

## Users and outbox
users-title = Utilisateurs
users-invite = Inviter un utilisateur
users-invite-submit = Envoyer l’invitation
users-invited = Invitation créée. Le lien ci-dessous a été envoyé par courrier électronique (ou se trouve dans la boîte d’envoi) ; il ne peut être utilisé qu’une seule fois.
users-list = Tous les utilisateurs
users-2fa = Deux facteurs
users-last-login = Dernière connexion
field-name = Nom
field-role = Rôle
field-country = Pays
field-country-help = Obligatoire pour les points focaux et les contributeurs.
field-observed = Pays à observer
field-observed-help = Pour les observateurs : codes ISO 3166-1 alpha-3 séparés par des virgules.
outbox-title = Boîte d’envoi
outbox-intro-smtp = Tous les messages envoyés par le système, avec leur état de remise.
outbox-intro-no-smtp = La messagerie électronique n’est pas configurée : les messages sont donc conservés ici. Transmettez les liens aux personnes concernées.
outbox-empty = Aucun message.
outbox-sent = envoyé
outbox-not-sent = non envoyé
outbox-failed = échec de l’envoi

## Errors
error-not-found = Page introuvable
error-not-found-text = Cette page n’existe pas ou vous n’y avez pas accès.
error-unauthorized = Connectez-vous d’abord
error-unauthorized-text = Connectez-vous pour continuer.
error-rate-limited = Trop de tentatives
error-rate-limited-text = Patientez une minute, puis réessayez.
error-cross-site = Demande refusée
error-cross-site-text = La demande ne provient pas de ce site. Revenez en arrière, actualisez la page et réessayez.
error-internal = Une erreur s’est produite
error-internal-text = L’erreur a été enregistrée. Réessayez dans un instant ; si le problème persiste, informez-en le secrétariat.
error-locked = Cette réponse ne peut plus être modifiée
error-problem = Un problème est survenu
error-closed = Cette partie de la réponse n’est pas ouverte aux modifications

## Review and validation
status-returned = Renvoyée pour révision
nav-notifications = Notifications
nav-webhooks = Webhooks
nav-audit = Piste d’audit
queue-title = File d’attente d’examen
queue-caption = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
queue-all-review = Soumises et stades ultérieurs
queue-reviewer = Examinateur
queue-mine = Qui me sont attribuées
queue-unassigned = Sans examinateur attribué
queue-due = Date limite
queue-overdue = En retard
queue-week = Échéance dans les 7 jours
queue-deadline = Date limite
queue-submitted = Soumission
review-title = Examen
review-round = Cycle
review-round-deadline = réponse attendue au plus tard le
review-country-view = Vue du pays
review-actions = Réponse
review-summary = Questions posées non encore acceptées : { $blocking }. Questions affichées : { $shown }.
review-validate = Marquer comme validée
review-validate-blocked = Chaque question posée doit être acceptée dans sa version actuelle avant que la réponse puisse être validée.
review-return = Renvoyer au pays
review-return-deadline = Date limite de ce cycle
review-return-message = Message au pays (facultatif)
review-return-submit = Renvoyer et ouvrir un nouveau cycle
review-reopen = Rouvrir la réponse validée
review-reopen-reason = Motif (conservé dans la piste d’audit)
review-reopen-submit = Rouvrir
review-filter = Questions affichées
review-show-all = Toutes les questions
review-show-open = Non encore acceptées
review-show-changed = Modifiées depuis le dernier cycle
review-none-shown = Aucune question ne correspond à ces critères.
review-accepted-tag = Acceptée
review-not-asked = Non posée
review-answer = Réponse
review-history = Décisions
review-outdated = la réponse a été modifiée depuis
review-proposed = Valeur proposée
review-decision = Décision d’examen
review-comment = Commentaire à l’intention du pays
review-comment-hint = Obligatoire pour demander des précisions ou pour rejeter.
review-decide = Enregistrer la décision
decision-accept = Accepter
decision-clarify = Demander des précisions
decision-reject = Rejeter
diff-caption = Modifications depuis le cycle
diff-field = Champ
diff-before = Avant
diff-after = Après
diff-value = Réponse
diff-comment = Commentaire
diff-evidence = Justificatifs
thread-title = Échanges avec le pays
thread-empty = Aucun message pour le moment.
thread-write = Rédiger un message
thread-send = Envoyer le message
notes-title = Notes des examinateurs
notes-explained = Seul le secrétariat voit ces notes ; le pays n’y a jamais accès.
notes-write = Rédiger une note
notes-send = Enregistrer la note
needs-action = Action requise de votre part
round-title = Cycle d’examen
round-explained = Les examinateurs ont renvoyé la réponse pour un nouveau cycle. Répondez à leurs questions, et à toute question encore ouverte, puis soumettez à nouveau. Seules les réponses acceptées sont figées.
scores-title = Scores
scores-caption = Scores provisoires et officiels
score-overall = Global
score-provisional = Score provisoire
score-official = Score officiel
scores-explained = Le score provisoire prend en compte les réponses actuelles. Le score officiel ne prend en compte que les réponses acceptées par les examinateurs ; les autres sont comptées comme sans réponse.
provenance-country = fournie par le pays
provenance-secretariat = rédigée par le secrétariat
provenance-carried-forward = reprise
outcome-confirmed = confirmée par le pays
outcome-corrected = corrigée par le pays
outcome-kept-by-policy = conservée en application de la règle relative à la date limite
outcome-dropped-by-policy = écartée en application de la règle relative à la date limite
outcome-unconfirmed = pas encore confirmée
prefilled-confirm = Confirmer cette réponse telle quelle
assign-title = Examinateurs
assign-none = Aucun examinateur attribué : tous les examinateurs sont avertis.
assign-whole = Réponse entière
assign-reviewer = Examinateur
assign-pillar = Pilier
assign-add = Attribuer
assign-remove = Retirer
desk-explained = Le pays n’a pas soumis sa réponse. Le secrétariat peut rédiger des réponses à partir de sources publiques ; le pays les confirme ou les corrige ensuite.
desk-draft = Rédiger une réponse à partir de sources publiques
desk-source = Source (obligatoire)
desk-save = Enregistrer le projet
desk-send = Demander au pays de confirmer les projets de réponse
desk-policy-title = Recherche documentaire à la date limite
desk-policy-explained = Sort réservé aux réponses rédigées que le pays n’a ni confirmées ni corrigées à la date limite. L’application de la règle enregistre le résultat pour chacune de ces réponses et soumet pour examen les réponses des pays concernés.
desk-policy-label = Règle
desk-policy-keep = Conserver le projet comme réponse
desk-policy-drop = Écarter le projet (sans réponse)
desk-policy-save = Enregistrer la règle
desk-policy-apply = Appliquer la règle maintenant
audit-title = Piste d’audit
audit-caption = { $count ->
    [one] { $count } entrée, de la plus récente à la plus ancienne
   *[other] { $count } entrées, de la plus récente à la plus ancienne
}
audit-question = Question
audit-user = Utilisateur (adresse électronique)
audit-action = Action
audit-object = Objet
audit-when = Date et heure
audit-reason = Motif
audit-csv = Télécharger au format CSV
notifications-title = Notifications
notifications-none = Aucune notification.
notifications-new = Nouvelles :
notifications-mark-read = Tout marquer comme lu
notify-status = { $country } : le statut de la réponse est désormais « { $status } »
notify-message = { $country } : nouveau message concernant la question { $question }
notify-drafts = { $country } : le secrétariat a rédigé des projets de réponse à confirmer ou à corriger
notify-open = Ouvrir
webhooks-title = Webhooks
webhooks-explained = Chaque changement de statut d’une réponse est transmis sous forme de JSON signé à chacune des adresses ci-dessous. L’en-tête X-Cyberindex-Signature contient sha256= suivi du HMAC-SHA256 du corps de la requête, calculé avec le secret de l’adresse. Les envois ayant échoué sont retentés à intervalles croissants.
webhooks-secret-once = Secret de signature, affiché une seule fois, pour
webhooks-none = Aucun webhook.
webhooks-url = Adresse
webhooks-add = Ajouter un webhook
webhooks-disable = Désactiver
webhooks-log = Envois
webhooks-event = Événement
webhooks-attempts = Tentatives
webhooks-outcome = Résultat
webhook-delivered = remis le { $when }
webhook-retrying = nouvelle tentative le { $when } ({ $error })
webhook-failed = abandonné ({ $error })
scores-counted = réponses prises en compte

## Error messages
error-conflict-text = La réponse a été modifiée par quelqu’un d’autre.
error-locked-status = La réponse a le statut « { $status } » et ne peut plus être modifiée.
error-admins-only = Cette fonction est réservée aux administrateurs du secrétariat.
error-secretariat-only = Cette fonction est réservée au secrétariat.
error-audit-readers = La piste d’audit est réservée au secrétariat et aux pays.
error-dashboard-readers = Le tableau de bord est réservé au secrétariat et aux observateurs.
error-country-write = Seuls le point focal et les contributeurs du pays peuvent modifier ses réponses.
error-submit-focal = Seul le point focal du pays peut soumettre la réponse.
error-review-secretariat = L’examen est réservé au secrétariat.
error-observers-read-only = Les observateurs peuvent lire les échanges, mais pas y écrire.
error-reopen-admin = Seul un administrateur du secrétariat peut rouvrir une réponse validée.
error-notes-secretariat = Les notes des examinateurs sont réservées au secrétariat.
error-totp-code-first = Saisissez d’abord votre code d’authentification.
error-totp-enrol-first = Configurez d’abord l’authentification à deux facteurs : votre rôle l’exige.
error-totp-required = Votre rôle exige l’authentification à deux facteurs.
error-body-too-large = Le corps de la requête dépasse 1 MB.
error-json-invalid = Le corps de la requête n’est pas valide : { $detail }
error-form-unreadable = Le formulaire n’a pas pu être lu : { $detail }
error-field-unknown = Champ « { $field } » inconnu.
error-comment-too-long = Le commentaire dépasse 10 000 caractères.
error-message-too-long = Le message dépasse 10 000 caractères.
error-message-empty = Le message est vide : rédigez d’abord un texte.
error-write-message = Rédigez d’abord un message.
error-value-option = « { $value } » n’est pas une option de cette question : utilisez l’une des options { $options }, ou laissez vide.
error-value-options = « { $value } » contient une valeur qui n’est pas une option de cette question : choisissez parmi { $options }.
error-value-number = « { $value } » n’est pas un nombre : utilisez un point pour les décimales, par exemple 12 ou 3.5.
error-value-below = { $value } est inférieur à { $min }, la plus petite valeur acceptée pour cette question.
error-value-above = { $value } est supérieur à { $max }, la plus grande valeur acceptée pour cette question.
error-value-whole = { $value } n’est pas un nombre entier : cette question compte des éléments.
error-value-url = « { $value } » n’est pas une adresse web : saisissez une adresse http:// ou https://.
error-value-date = « { $value } » n’est pas une date : écrivez-la au format YYYY-MM-DD, par exemple 2024-03-31.
error-value-list = Une liste d’options ne doit contenir que des identifiants d’option (chaînes de caractères).
error-value-type = La valeur doit être un identifiant d’option, une liste d’identifiants d’option, un nombre, un texte ou null.
error-version-number = La version doit être un nombre entier.
error-version-missing = La version de la réponse au moment de son chargement est requise.
error-upload-interrupted = Le téléversement a été interrompu : { $detail }
error-file-too-large = Le fichier dépasse la limite de { $size } MB.
error-file-empty = Le fichier est vide.
error-file-type = Ce type de fichier n’est pas accepté : téléversez un PDF, un document bureautique (docx, xlsx, pptx, odt, ods, odp, doc, xls, ppt), une image (PNG, JPEG, GIF, WebP) ou un fichier texte ou CSV.
error-evidence-title = Donnez au justificatif un titre de 1 à 300 caractères.
error-evidence-language = La langue doit être ar, zh, en, fr, ru, es ou other.
error-evidence-field-unknown = Champ « { $field } » inconnu : utilisez title, url, file, language, issued_on ou public.
error-date-format = Saisissez la date au format YYYY-MM-DD.
error-link-or-file = Indiquez soit un lien, soit un fichier, mais pas les deux.
error-link-or-file-missing = Indiquez un lien ou choisissez un fichier.
error-link-scheme = Le lien doit être une adresse http:// ou https://.
error-token-name = Donnez au jeton un nom de 1 à 80 caractères.
error-email-invalid = « { $email } » n’est pas une adresse électronique.
error-role-unknown = Rôle « { $role } » inconnu : utilisez admin, reviewer, focal-point, contributor, observer ou team-staff.
error-country-unknown = « { $country } » n’est pas un code ISO 3166-1 alpha-3 de la liste de référence.
error-confirm-box = Cochez la case de confirmation pour soumettre la réponse.
error-framework-not-utf8 = Le fichier de cadre n’est pas un texte UTF-8.
error-not-accepted = Questions posées non encore acceptées dans leur version actuelle ({ $count }) : { $questions }
error-deadline-not-date = La date limite « { $deadline } » n’est pas une date : saisissez-la au format YYYY-MM-DD.
error-deadline-passed = La date limite { $deadline } est passée : choisissez aujourd’hui ({ $today }) ou une date ultérieure.
error-nothing-to-return = Aucune question n’appelle d’action de la part du pays : demandez d’abord des précisions sur au moins une réponse, ou rejetez-en au moins une.
error-decision-unknown = Décision « { $decision } » inconnue : utilisez accept, clarify ou reject.
error-comment-required = Un commentaire est obligatoire pour demander des précisions ou pour rejeter.
error-proposed-only-reject = Une valeur ne peut être proposée qu’en cas de rejet.
error-reopen-reason = Indiquez le motif de la réouverture : il est conservé dans la piste d’audit.
error-draft-source = Indiquez dans le commentaire la source publique de la réponse rédigée.
error-no-drafts = Il n’y a aucun projet de réponse non confirmé à envoyer.
error-choose-reviewer = Choisissez un examinateur.
error-no-pillar = Il n’y a pas de pilier « { $pillar } » dans cette édition.
error-desk-policy = Règle « { $policy } » inconnue : utilisez keep-draft ou drop-draft.
error-webhook-url = « { $url } » n’est pas une adresse web : elle doit commencer par https:// ou http://.
edition-error-id = Identifiant de l’édition : utilisez de 1 à 40 lettres minuscules, chiffres et tirets, par exemple 2026.
edition-error-name = Nom : donnez un nom à l’édition.
edition-error-date = { $field ->
    [opens] Date d’ouverture
   *[other] Date limite
} : saisissez la date au format YYYY-MM-DD.
edition-error-deadline-order = Date limite : elle ne doit pas précéder la date d’ouverture.
edition-error-country = Pays : « { $country } » n’est pas un code ISO 3166-1 alpha-3 de la liste de référence.
edition-error-framework-missing = Cadre : choisissez un cadre fourni ou téléversez-en un.
edition-error-framework = Cadre : { $name } contient des erreurs ({ $count }) ; rien n’a été créé.
edition-error-carry-forward = Reprise des réponses : il n’existe aucune édition « { $edition } ».
store-unsupported-url = L’URL de base de données « { $scheme } » n’est pas prise en charge : utilisez sqlite://CHEMIN ou postgres://UTILISATEUR@HÔTE/BASE.
store-in-memory = Une base de données en mémoire n’est pas prise en charge : indiquez un fichier, par exemple sqlite://cyberindex.db.
store-role-needs-country = Le rôle « { $role } » exige un pays.
store-role-has-no-country = Le rôle « { $role } » n’est associé à aucun pays.
store-duplicate-account = Un compte existe déjà pour { $email }.
store-duplicate-edition = L’édition « { $id } » existe déjà.
store-question-closed = La question { $question } n’appelle aucune action dans ce cycle d’examen : seules les questions posées par les examinateurs peuvent être modifiées.
store-comment-required = Un commentaire est obligatoire pour la décision « { $decision } ».
store-already-confirmed = La réponse à la question { $question } est déjà confirmée.
store-assign-role = Seuls les examinateurs et les administrateurs peuvent se voir attribuer des réponses.
error-edition-invalid = L’édition n’a pas été créée :
    { $detail }

## Publishing and the public results site
publish-title = Publier
publish-intro = La publication fige le cadre, les réponses validées et leurs scores dans une version numérotée que chacun peut consulter. Une correction est publiée sous la forme d’une nouvelle version accompagnée d’une note de modification ; les versions antérieures restent consultables.
publish-validated = { $count ->
    [one] { $count } réponse validée
   *[other] { $count } réponses validées
}
publish-licence = Licence des données publiées
publish-change-note = Modifications apportées
publish-change-note-first = Facultatif pour la première version.
publish-change-note-required = Obligatoire : indiquez ce que cette correction modifie.
publish-submit = Publier une nouvelle version
publish-versions = Versions publiées
publish-none = Rien n’a encore été publié.
publish-published = Publication
error-licence-required = Indiquez la licence sous laquelle les données sont publiées.
error-publish-text-too-long = La licence ou la note de modification est trop longue.
error-change-note-required = Une correction doit être accompagnée d’une note de modification indiquant ce qui a changé.
error-nothing-to-publish = L’édition { $edition } ne comporte aucune réponse validée à publier.
error-publish-unreadable = Les réponses validées n’ont pas pu être relues : { $detail }
public-nav-results = Résultats
public-edition-nav = Pages de l’édition
public-nav-overview = Vue d’ensemble
public-nav-ranking = Classement
public-nav-compare = Comparer
public-nav-methodology = Méthodologie
public-nav-data = Données ouvertes
public-version-of = Version { $version } sur { $latest }
public-published-on = publiée le { $date }
public-older-version = Ceci est une version antérieure des résultats.
public-see-latest = Voir la version la plus récente.
public-change-note = Note de modification :
public-index-title = Résultats publiés
public-nothing-published = Aucun résultat n’a encore été publié.
public-version = version { $version }
public-version-label = Version
public-earlier-versions = Versions antérieures :
public-count-countries = { $count ->
    [one] { $count } pays
   *[other] { $count } pays
}
public-overview-title = Vue d’ensemble
public-countries-published = Pays évalués
public-global-average = Moyenne mondiale
public-map-tier-title = Carte par niveau
public-map-score-title = Carte par score
public-map-show-score = Afficher la carte par score
public-map-show-tier = Afficher la carte par niveau
public-map-desc = Carte du monde ; chaque pays évalué est un lien vers son profil. Les mêmes données figurent dans le tableau situé sous la carte.
public-map-country = { $country } : { $score }, { $tier }
public-map-table = La carte sous forme de tableau
public-legend = Légende
public-legend-score = { $band } du score maximal
public-legend-none = Non évalué dans cette édition
public-tier-distribution = Pays par niveau
public-averages = Moyennes
public-by-itu-region = Par région de l’UIT
public-by-m49-region = Par région M49 de l’ONU
public-by-group = Par groupe
public-col-rank = Rang
public-col-country = Pays
public-col-score = Score
public-col-tier = Niveau
public-col-countries = Nombre de pays
public-col-group = Groupe
public-col-average = Score moyen
public-col-itu-region = Région de l’UIT
public-col-m49-region = Région M49 de l’ONU
public-col-pillar = Pilier
public-col-region-average = Moyenne régionale
public-col-max = Maximum
public-col-indicator = Indicateur
public-col-missing = Sans réponse
public-col-edition = Édition
public-col-threshold = Score minimal
public-col-item = Élément
public-col-weight = Pondération
public-col-scoring = Notation
public-col-file = Fichier
public-col-content = Contenu
public-ranking-title = Classement
public-ranking-caption = Pays par rang, avec leur score global et leurs scores par pilier
public-filter-region = Région de l’UIT
public-filter-group = Groupe
public-filter-all = Tous
public-filter-apply = Filtrer
public-shown-countries = { $count ->
    [one] { $count } pays affiché
   *[other] { $count } pays affichés
}
public-shown-countries-js = Pays affichés : {"{"}count{"}"}
public-overall-score = Score global
public-answered = Réponses fournies
public-missing-answers = { $count ->
    [one] { $count } sans réponse
   *[other] { $count } sans réponse
}
public-rank-of = { $rank } sur { $count }
public-pillar-scores = Scores par pilier
public-pillar-chart = Scores par pilier : { $country }
public-radar-chart = { $country } par rapport à sa région et au monde, en pourcentage du maximum de chaque pilier
public-pillar-table = Scores par pilier, avec les moyennes régionales et mondiales
public-region-average = Moyenne régionale ({ $region })
public-world-average = Moyenne mondiale
public-areas = Points forts relatifs et potentiel de progression
public-areas-hint = Indicateurs pour lesquels la part du maximum obtenue par le pays s’écarte le plus de la moyenne mondiale, vers le haut ou vers le bas (de plus de 5 points).
public-strengths = Points forts relatifs
public-growth = Potentiel de progression
public-none = Aucun indicateur ne se démarque.
public-recommendations = Recommandations
public-recommendations-hint = Mesures non (entièrement) en place, classées selon le gain de score global qu’apporterait la mise en place complète de chacune, toutes choses égales par ailleurs. Pour chacune, jusqu’à trois pays qui l’ont mise en place : d’abord de la même région, puis du palier supérieur ; ceux qui ont publié des justificatifs viennent en premier.
public-no-recommendations = Toutes les mesures prises en compte dans le score sont en place.
public-recommendation-points = Actuellement { $points } sur { $max } points
public-recommendation-gain = Ajouterait { $gain } points au score global
public-recommendation-measure = Question correspondante :
public-peers = Pays dont s’inspirer :
public-peer-same-region = même région
public-peer-next-tier = niveau supérieur
public-indicators = Scores par indicateur
public-evidence = Justificatifs publics
public-no-evidence = Le pays n’a rendu public aucun justificatif.
public-history = Évolution d’une édition à l’autre
public-compare-with = Comparer avec d’autres pays
public-compare-title = Comparer des pays
public-compare-submit = Comparer
public-compare-empty = Choisissez des pays ci-dessus pour les comparer.
public-compare-caption = Les pays choisis côte à côte
public-methodology-title = Méthodologie
public-framework = Cadre
public-out-of = sur { $max }
public-missing-policy = Réponses manquantes
public-missing-zero = Une question posée mais restée sans réponse rapporte 0 point et est signalée comme manquante.
public-missing-exclude = Une question posée mais restée sans réponse est exclue du calcul et signalée comme manquante.
public-rounding = Arrondi
public-rounding-text = Les niveaux et les rangs sont déterminés à partir du score global arrondi à la précision affichée ; les pays dont les scores arrondis sont égaux partagent le même rang.
public-tiers = Niveaux
public-structure = Piliers, indicateurs et questions
public-rule-weighted-sum = somme pondérée des points, ramenée au maximum
public-rule-weighted-mean = moyenne pondérée des parts obtenues par les composantes, ramenée au maximum
public-rule-maturity-gated = niveaux de maturité : un niveau est pris en compte dès que chaque composante jusqu’à ce niveau atteint { $share } %
public-rule-goalposts = linéaire de { $low } (aucun point) à { $high } (tous les points)
public-not-scored = non noté
public-data-title = Données ouvertes
public-data-intro = Chaque fichier contient les mêmes chiffres publiés et indique l’édition, la version du cadre, la version de publication, la licence et la convention adoptée pour les valeurs manquantes.
public-licence = Licence
public-missing-heading = Valeurs manquantes
public-missing-values = Une valeur inexistante vaut null en JSON et en Parquet et correspond à une cellule vide en CSV et en XLSX. Elle n’est jamais représentée par 0.
public-reproduce = Reproduire les scores
public-reproduce-text = Les réponses et le cadre publiés donnent les mêmes scores avec la ligne de commande cyberindex :
data-file-json = Le document de résultats : scores globaux, par nœud et par question de chaque pays (schéma cyberindex/results/1).
data-file-scores-csv = Une ligne par pays, une colonne par pilier, indicateur et sous-indicateur.
data-file-questions-csv = Une ligne par pays et par question : valeur, points et contribution.
data-file-xlsx = Un classeur comportant une feuille de métadonnées et une feuille par niveau de la hiérarchie.
data-file-scores-parquet = Scores par pays et par niveau de la hiérarchie, au format Parquet.
data-file-questions-parquet = Scores par pays et par question, au format Parquet.
data-file-answers = Les réponses validées, au format des fichiers de réponses.
data-file-framework = Le fichier de cadre avec lequel les scores ont été calculés.
data-file-schema = Le JSON Schema de results.json.
region-africa = Afrique
region-americas = Amériques
region-arab-states = États arabes
region-asia-pacific = Asie-Pacifique
region-cis = CEI
region-europe = Europe
region-asia = Asie
region-oceania = Océanie
region-ldc = Pays les moins avancés (PMA)
region-sids = Petits États insulaires en développement (PEID)
region-lldc = Pays en développement sans littoral (PDSL)

## Robustness (methodology lab)
public-nav-robustness = Robustesse
robustness-title = Robustesse
robustness-intro = Dans quelle mesure les rangs et les niveaux dépendent des hypothèses méthodologiques qui les sous-tendent : on a fait varier chacune des hypothèses ci-dessous au cours de milliers de recalculs de l’indice à partir des mêmes réponses.
robustness-secretariat-intro = Avant publication : robustesse des rangs et des niveaux issus des réponses validées vis-à-vis des hypothèses définies dans la spécification d’incertitude du cadre, et cohérence statistique des réponses.
robustness-too-few = Il faut au moins deux réponses validées.
robustness-failed = L’analyse de robustesse n’a pas pu être effectuée :
robustness-verdict = { $share } % des pays se situent à 3 rangs au plus de leur rang médian ; en moyenne, le rang d’un pays se déplace de { $shift } places.
robustness-settings = { $runs } simulations de Monte-Carlo ; sensibilité calculée à partir de { $samples } échantillons de base ; graine aléatoire { $seed }.
robustness-assumptions = Hypothèses que l’on a fait varier
robustness-intervals-title = Intervalles de rang
robustness-intervals-hint = Pour chaque pays, la ligne couvre les rangs obtenus dans 90 % des recalculs (5e au 95e centile) ; le cercle est le rang médian et le losange le rang publié. Le rang 1 est à gauche.
robustness-table = Les intervalles de rang et les probabilités par niveau sous forme de tableau
robustness-col-nominal = Rang publié
robustness-col-median = Rang médian
robustness-col-interval = 5e–95e centile
robustness-sensitivity-title = Sensibilité des rangs à chaque hypothèse
robustness-sensitivity-hint = Part des variations de rang qu’explique chaque hypothèse : seule, et avec les autres hypothèses avec lesquelles elle interagit (0 = aucune, 1 = toutes), avec des intervalles à 95 %.
robustness-first-order = Effet seul
robustness-total = Effet avec interactions
robustness-col-assumption = Hypothèse
robustness-col-converged = Convergence
robustness-yes = oui
robustness-wide = intervalle large
robustness-not-converged = Certains intervalles sont larges : davantage d’échantillons permettraient de les resserrer.
robustness-no-sensitivity = Aucune analyse de sensibilité n’a été effectuée.
robustness-checks = Cohérence statistique
robustness-availability = Disponibilité des données
robustness-availability-ok = Chaque question et chaque pays disposent d’au moins 65 % de leurs valeurs.
robustness-low-questions = Questions auxquelles moins de 65 % des pays ont répondu :
robustness-low-countries = Pays ayant répondu à moins de 65 % des questions :
robustness-skew = Questions à distribution asymétrique (|asymétrie| > 2 et kurtosis > 3,5)
robustness-collinear = Composantes colinéaires (r > 0,92)
robustness-consistency = Cohérence interne
robustness-col-level = Niveau hiérarchique
robustness-col-children = Composantes
robustness-col-alpha = Alpha de Cronbach
robustness-col-pc1 = Première composante principale (% de la variance)
robustness-effects = Effets principaux sur l’indice, en regard des pondérations nominales
robustness-col-weight-share = Pondération (% des piliers)
robustness-col-effect-share = Effet principal (% des piliers)
robustness-col-r2 = r² avec l’indice

# Hardening: archived editions, outbox, webhooks (issue 11, store and server limits)
error-locked-archived = L’édition { $edition } est archivée et ne peut plus être modifiée.
error-webhook-destination = Les webhooks ne peuvent pas être envoyés à { $host } : c’est une adresse de bouclage, privée, locale au lien ou de métadonnées du nuage. Un administrateur peut l’autoriser avec la clé de configuration webhook_allowed_hosts.
outbox-links-removed = Les liens à usage unique (invitations et réinitialisations de mot de passe) ne sont jamais conservés ici. Un lien d’invitation est affiché une seule fois, à l’administrateur qui le crée ; un lien de réinitialisation ne parvient à son titulaire que par courriel.

# Hardening: sign-in, second factor and account changes (issue 11)
reset-done-tokens-revoked = Votre nouveau mot de passe est enregistré. Par sécurité, toutes les autres connexions ont été fermées et tous les jetons d'API de votre compte ont été révoqués : créez-en de nouveaux sur la page de votre compte si vos scripts en ont besoin.
totp-session-ended = Trop de codes erronés : cette connexion est terminée. Saisissez de nouveau votre mot de passe, puis le code qu'affiche votre application.
error-session-only = Cette modification ne peut se faire que depuis une session ouverte dans un navigateur, pas avec un jeton d'API.
account-password-wrong = Ce n'est pas votre mot de passe actuel. Saisissez-le de nouveau pour confirmer cette modification.
field-current-password = Votre mot de passe actuel
account-password-title = Mot de passe
account-password-intro = Changer de mot de passe ferme vos autres connexions et annule tout lien de réinitialisation ou d'invitation qui vous a été envoyé. Vos jetons d'API restent valables.
account-password-submit = Changer le mot de passe

# Pièces justificatives, téléversements et enregistrement des réponses (sécurité : données)
error-value-too-long = Cette réponse est trop longue : { $length } caractères, alors que cette question en accepte au plus { $max }. Raccourcissez-la, ou joignez le texte complet comme pièce justificative.
error-file-markup = Ce fichier est refusé : il se présente comme un document ou une image, mais contient du balisage de page web (HTML, SVG ou script) dans son premier kilo-octet. Enregistrez-le de nouveau depuis le programme qui l’a créé, ou téléversez-le en PDF.
error-evidence-one-file = Envoyez un seul fichier par pièce justificative : ce formulaire en contenait plusieurs.

# Store errors and autosave retries (issue 12)
error-unavailable-text = La base de données ne répond pas pour le moment : rien n’a été enregistré. Réessayez dans un instant.
error-corrupt-text = Des données enregistrées n’ont pas pu être lues. Rien n’a été modifié ; les administrateurs trouveront les détails dans le journal du serveur.
autosave-retrying = Pas encore enregistré : le serveur n’a pas pu stocker votre réponse. Elle est conservée sur cet appareil et sera de nouveau enregistrée sous peu.

## PostgreSQL backend (issue 12)
store-password-file = Impossible de lire le fichier du mot de passe de la base de données { $path } (indiqué par CYBERINDEX_DB_PASSWORD_FILE) : { $error }. Vérifiez que le fichier existe et que le compte qui exécute cyberindex peut le lire.

## db copy (issue 12)
db-copy-target-not-empty = La base de données cible n’est pas vide : sa table { $table } contient { $rows } lignes. db copy n’écrit que dans une base vide : créez-en une nouvelle (un nouveau fichier SQLite, ou CREATE DATABASE sur PostgreSQL) et copiez-y les données. Rien n’a été écrit.
db-copy-unknown-table = La base de données contient une table, { $table }, que db copy ne connaît pas : il ne peut donc pas copier toute l’installation. Rien n’a été écrit. Elle vient sans doute d’une version plus récente de cyberindex : lancez db copy avec cette version.
db-copy-columns = La table { $table } a les colonnes { $found }, mais db copy connaît les colonnes { $expected } : il ne peut donc pas copier toute l’installation. Rien n’a été écrit.

# ops: request ids
error-reference = Référence pour l’assistance : { $id }. Citez-la si vous contactez le secrétariat à propos de ce problème.

# admin safety (issue 14 item 8)
users-state = État
users-state-active = Actif
users-state-invited = Invité, invitation pas encore acceptée
users-state-deactivated = Désactivé
users-back = Tous les utilisateurs
users-edit-title = Utilisateur { $email }
users-edit-access = Rôle et pays
users-edit-save = Enregistrer les modifications
users-edit-saved = Modifications enregistrées. Elles s’appliquent immédiatement, y compris aux sessions ouvertes de l’utilisateur.
users-reinvite-heading = Invitation
users-reinvite-help = Un nouveau lien d’invitation ne fonctionne qu’une fois ; tout lien précédent cesse aussitôt de fonctionner.
users-reinvite = Envoyer une nouvelle invitation
users-reinvited = Nouvelle invitation créée. Le lien ci-dessous a été envoyé par courrier électronique (ou se trouve dans la boîte d’envoi) ; le lien précédent ne fonctionne plus.
users-deactivate-heading = Accès
users-deactivate-help = La désactivation met fin immédiatement aux sessions et aux jetons d’API de l’utilisateur. Ses réponses, décisions et entrées du journal d’audit sont conservées.
users-deactivate = Désactiver cet utilisateur
users-deactivated = Utilisateur désactivé : ses sessions et ses jetons d’API ont pris fin.
users-reactivate-help = Cet utilisateur est désactivé. Le réactiver lui permet de se connecter de nouveau ; ses anciennes sessions et ses anciens jetons restent révoqués.
users-reactivate = Réactiver cet utilisateur
users-reactivated = Utilisateur réactivé. Il peut se connecter de nouveau ou demander la réinitialisation de son mot de passe.
users-error-last-admin = Il ne resterait plus aucun administrateur actif : nommez d’abord un autre utilisateur administrateur.
users-error-inactive = Le compte est désactivé : réactivez-le d’abord.
editions-unarchive = Désarchiver
archive-confirm-title = Archiver { $edition } ?
archive-confirm-text = Une édition archivée est close : aucune réponse, preuve, décision ni aucun message ne peut plus y changer, et les pays ne peuvent que la consulter. Ses publications restent en ligne. Vous pourrez la désarchiver plus tard.
archive-confirm-submit = Archiver { $edition }
archive-cancel = Annuler et revenir aux éditions
publish-preview = Aperçu des résultats à publier
publish-preview-first = Ce sera la première version publiée. Tous les pays ci-dessous sont nouveaux.
publish-preview-compared = Comparaison avec la version publiée { $version } : { $count } changement(s), en gras.
publish-preview-change = Changement par rapport à la version précédente
publish-preview-new = Nouveau dans cette version
publish-preview-same = Inchangé
publish-preview-moved = Score { $from_score } → { $to_score }, rang { $from_rank } → { $to_rank }
publish-preview-removed = Pays retirés de cette version
publish-confirm = Confirmer et publier ces résultats

# review at scale and honest rounds (issue 14)
round-message = Message des examinateurs
round-asked = Questions sur lesquelles les examinateurs vous interrogent : { $count }
round-open = Questions sans décision ou encore sans réponse, que vous pouvez encore modifier : { $count }
round-frozen = Réponses acceptées, qui restent inchangées : { $count }
round-asked-title = Questions sur lesquelles les examinateurs vous interrogent
notify-reviewers-wrote = Les examinateurs ont écrit :
sendback-preview = Si vous renvoyez la réponse, le pays pourra modifier :
sendback-asked = les questions sur lesquelles vous l’interrogez : { $count }
sendback-undecided = les questions répondues sans décision : { $count }
sendback-unanswered = les questions encore sans réponse : { $count }
sendback-frozen = Les réponses acceptées restent figées : { $count }.
sendback-warn-undecided = { $count } questions n’ont pas encore de décision. Le pays peut les modifier, et vous les examinerez au cycle suivant.
review-guidance = Indications
review-evidence-expected = Justificatifs attendus
review-undecided-tag = Pas encore de décision
review-show-undecided = Sans décision
review-show-missing = Justificatif manquant
review-show-thread = Avec un fil d’échanges
review-bulk-title = Accepter en bloc
review-bulk-explained = Chaque réponse acceptée en bloc a sa propre entrée dans le journal d’audit.
review-bulk-evidenced = Accepter les questions répondues qui ont leurs justificatifs ({ $count })
review-bulk-unchanged = Accepter les réponses inchangées depuis leur dernière acceptation ({ $count })
review-bulk-pillar = Accepter les questions répondues de ce pilier qui ont leurs justificatifs ({ $count })
review-bulk-done = Réponses acceptées : { $count }.
review-bulk-none = Il ne reste rien à accepter en bloc ici.
review-bulk-unknown = Décision en bloc inconnue « { $kind } » : choisissez « evidenced » ou « unchanged ».
review-keys-title = Raccourcis clavier
review-keys = a : accepter · c : demander des précisions · r : rejeter · j : question suivante · k : question précédente
review-saving = Enregistrement…
review-saved = Décision enregistrée : { $decision }
review-save-failed = La décision n’a pas été enregistrée. Vérifiez votre connexion et réessayez.
review-proposed-none = Aucune valeur proposée
review-next = Question suivante
queue-open = Questions ouvertes
queue-waiting = en attente depuis
queue-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
nav-unread = non lues
submit-done-title = Votre réponse a été soumise
submit-done-next = Et ensuite : le secrétariat examine chaque réponse et ses justificatifs. Vous serez averti par courriel et dans Notifications si un examinateur vous interroge sur une question ou vous renvoie la réponse ; vous pourrez alors réviser ce qui est demandé. D’ici là, la réponse est en lecture seule et vous pouvez suivre son statut sur cette page.
index-title = Questions
index-next-unanswered = Question suivante sans réponse
index-next-missing = Question suivante sans justificatif
index-show-all = Afficher tout le questionnaire
index-filter = Afficher
index-filter-all = Toutes les questions
index-filter-unanswered = Sans réponse
index-filter-missing = Justificatif manquant
index-filter-thread = Avec un fil d’échanges
index-open-pillar = Ouvrir ce pilier
index-pages = Piliers
index-previous = Précédent
index-next = Suivant
index-done = répondue
index-todo = sans réponse
index-missing = justificatif manquant
index-action = les examinateurs vous interrogent
autosave-saved-at = Enregistré à { $time }
autosave-saved-one = Enregistré.
evidence-preview = Aperçu
opens-new-tab = (s’ouvre dans un nouvel onglet)
page-saved = { $count ->
    [0] Toutes les réponses de cette page sont enregistrées ; aucune n’avait changé.
    [one] Enregistré : une réponse a changé.
   *[other] Enregistré : { $count } réponses ont changé.
}
page-save-conflict = { $changed } Votre réponse est conservée ici telle que saisie : enregistrez de nouveau pour remplacer l’autre modification par la vôtre.
page-save-refused = Rien n’a été enregistré. Corrigez les réponses ci-dessous et enregistrez de nouveau :
page-save-partly = Les autres réponses ont été enregistrées, mais pas celles-ci :
review-tab-undecided = sans décision : { $count }

# country search
public-search-label = Trouver un pays
public-search-button = Rechercher
public-search-title = Pays
public-search-hint = Un nom dans l’une des six langues officielles de l’ONU, ou un code ISO comme KE ou KEN.
public-search-options = Pays correspondants
public-search-none = Aucun pays de cette édition ne correspond à « { $query } ».
public-search-count = { $count ->
    [one] Un pays correspond à « { $query } ».
   *[other] { $count } pays correspondent à « { $query } ».
}
public-search-all = { $count ->
    [one] Le seul pays de cette édition.
   *[other] Les { $count } pays de cette édition, par nom.
}
public-search-none-js = Aucun pays ne correspond.
public-search-count-js = Pays correspondants : {"{"}count{"}"}. Utilisez les flèches pour en choisir un.
public-map-skip = Passer la carte
public-map-keys = Sur la carte, Tab entre sur un pays ; les flèches mènent au pays le plus proche dans cette direction, Entrée ouvre son profil. Tous les pays figurent aussi dans le tableau sous la carte.
public-compare-chosen = Pays comparés :
public-compare-remove = Retirer { $country }
public-compare-add = Ajouter un pays (jusqu’à { $count })
public-compare-add-button = Ajouter
public-compare-pick = Choisissez-en un :
public-compare-full = Au plus { $count } pays peuvent être comparés ; retirez-en un d’abord.
public-compare-unknown = Écartés, car ce ne sont pas des pays de cette édition : { $codes }.
public-compare-chart = Scores par pilier côte à côte
public-compare-indicators = Tous les piliers et indicateurs
public-compare-diff-hint = Après chaque score : l’écart avec { $country } (+ supérieur, − inférieur, = identique).
public-compare-share = L’adresse de cette page nomme les pays comparés : copiez-la pour partager cette comparaison.
home-latest = Derniers résultats :
home-open-results = Ouvrir tous les résultats : carte, classement, profils et données
home-map-keys = Sur la carte, Tab entre sur un pays ; les flèches mènent au pays le plus proche dans cette direction, Entrée ouvre son profil.
public-certainty-heading = Quelle est la solidité de ce rang et de ce palier ?
public-certainty-rank = Classé { $rank }e. Lorsque l’on fait varier les hypothèses de l’indice (pondérations, traitement des réponses manquantes, mode d’agrégation), le rang se situe entre { $low } et { $high } dans 90 % des recalculs.
public-certainty-rank-fixed = Classé { $rank }e, et { $rank }e dans 90 % des recalculs de l’indice sous d’autres hypothèses (pondérations, réponses manquantes, agrégation).
public-certainty-tiers = Probabilité de chaque palier sur l’ensemble des recalculs : { $tiers }.
public-certainty-more = Comment varient les rangs des pays voisins
robustness-near = Pays classés près de
robustness-show = Afficher
robustness-show-near = N’afficher que les pays proches du pays choisi
robustness-show-all = Afficher les { $count } pays
robustness-level-question = Question
robustness-level-sub-indicator = Sous-indicateur
robustness-level-indicator = Indicateur
robustness-level-pillar = Pilier
robustness-level-index = Global
robustness-plain-weights = Pondérations ({ $level }), chacune jusqu’à { $noise } % plus forte ou plus faible
robustness-plain-aggregation = Mode d’agrégation des scores (niveau : { $level }) : { $options }
robustness-plain-normalisation = Poids d’une question partiellement remplie ({ $count } façons)
robustness-plain-imputation = Questions sans réponse : { $options }
robustness-plain-exclude = Une question sur { $count } écartée, ou aucune
robustness-plain-tiers = Seuils des paliers tels que publiés, ou { $count } autres jeux
robustness-agg-arithmetic = somme
robustness-agg-geometric = moyenne géométrique (favorise l’équilibre)
robustness-agg-harmonic = moyenne harmonique
robustness-agg-power = moyenne de puissance
robustness-imp-none = écartées
robustness-imp-zero = comptées 0
robustness-imp-mean = la moyenne de tous les pays
robustness-imp-median = la médiane de tous les pays
robustness-imp-group-mean = la moyenne de la région du pays
robustness-imp-group-median = la médiane de la région du pays
# edition names per language
edition-names-legend = Nom dans d’autres langues
edition-names-help = Facultatif. Les pages des résultats affichent le nom dans la langue du lecteur, et le nom ci-dessus dans toute langue qui n’en a pas.
edition-field-name-in = { $lang ->
    [ar] Nom en arabe
    [zh] Nom en chinois
    [en] Nom en anglais
    [fr] Nom en français
    [ru] Nom en russe
    [es] Nom en espagnol
   *[other] Nom en { $lang }
}
edition-error-name-long = Nom : 200 caractères au plus.
edition-error-name-language = Noms : « { $lang } » n’est pas un code de langue ; utilisez ar, zh, en, fr, ru ou es.
edition-error-name-in-long = { $lang ->
    [ar] Nom en arabe
    [zh] Nom en chinois
    [en] Nom en anglais
    [fr] Nom en français
    [ru] Nom en russe
    [es] Nom en espagnol
   *[other] Nom en { $lang }
} : 200 caractères au plus.
edition-error-name-in-control = { $lang ->
    [ar] Nom en arabe
    [zh] Nom en chinois
    [en] Nom en anglais
    [fr] Nom en français
    [ru] Nom en russe
    [es] Nom en espagnol
   *[other] Nom en { $lang }
} : retirez les sauts de ligne, les tabulations et les autres caractères de contrôle.
chart-download = Télécharger :
chart-link = Lien vers ce graphique
chart-embed = Intégrer
chart-embed-label = Code pour afficher ce graphique sur un autre site :
chart-data = Les chiffres (CSV)

# profile PDF
report-profile-download = Télécharger ce profil en PDF
report-profile-title = { $country } : profil du pays
report-method-heading = Comment l'indice est construit
report-method-note = Les scores viennent des réponses que le pays a données et que le secrétariat a validées ; seules les réponses acceptées comptent. Le score de chaque pilier combine ses indicateurs selon les pondérations et les règles du cadre, et le score global combine les piliers. Les niveaux suivent le score global arrondi à la précision du cadre ; les pays à score égal partagent un rang. Les points forts et les marges de progression comparent la part du maximum atteinte par le pays sur chaque indicateur à la moyenne mondiale. Le gain d'une recommandation est ce que le score global gagnerait si cette seule mesure était pleinement en place, toutes choses égales par ailleurs. La méthode complète, les pondérations et les données ouvertes figurent sur les pages méthodologie et données de l'édition.
report-source = { $edition }, version { $version }, publiée le { $date }. Licence : { $licence }
report-missing-glyphs = Caractères qu'aucune police de ce rapport ne contient (affichés en cases ci-dessus) :
report-edition-title = { $edition } : le rapport
report-edition-download = Toute l'édition en un rapport PDF
report-pdf-heading = Rapports en PDF
report-pdf-intro = Le rapport de l'édition contient un résumé, la carte, les pays de chaque niveau, les moyennes régionales, des annexes sur la méthode et sur la robustesse, et le profil de chaque pays. Le profil de chaque pays se trouve aussi sur sa page.
report-summary = Résumé
report-summary-text = { $count } pays ont été notés dans cette édition et { $ranked } classés. La moyenne mondiale du score global est de { $average } sur { $max } ; { $top } pays ont atteint le niveau « { $tier } ».
report-tier-tables = Pays par niveau
report-annex-method = Annexe : méthode
report-annex-robustness = Annexe : fiabilité des rangs
report-col-likely-tier = Niveau le plus probable (probabilité)
report-profiles = Profils des pays

# CIRT directory (issue 16)
nav-directory = Annuaire
store-duplicate-team = Une équipe avec l’identifiant « { $id } » existe déjà.
store-team-stale = Quelqu’un d’autre a modifié cette fiche depuis que vous l’avez lue (elle est maintenant à la version { $version }). Relisez-la, puis refaites votre modification.
directory-error-record = La fiche de l’équipe n’a pas été enregistrée ; corrigez ces champs : { $problems }
directory-error-id-mismatch = L’identifiant de la fiche doit être celui de l’adresse, { $id }.
directory-title = Annuaire des CIRT
directory-intro = Les équipes de réponse aux incidents par pays : qui elles sont, comment les joindre, y compris en urgence. Vous voyez les champs publics ; les membres de l’annuaire en voient davantage après connexion. Chaque fiche est tenue par son équipe et le secrétariat.
directory-search = Nom de l’équipe
directory-count = { $count ->
    [one] { $count } équipe
   *[other] { $count } équipes
}
directory-files = Fichiers issus de cette fiche :
directory-staleness = Indice d’obsolescence : { $score } sur 100
directory-staleness-hint = 0 signifie à jour, 100 obsolète. Les limites sont celles de la configuration du serveur.
directory-record = La fiche
directory-col-field = Champ
directory-col-value = Valeur
directory-col-visibility = Qui peut le voir
directory-contacts = Personnes de contact
directory-field-official-name = Nom officiel
directory-field-short-name = Nom court
directory-field-country = Pays
directory-field-host = Organisation hôte
directory-field-type = Type d’équipe
directory-field-established = Création
directory-field-language = Langue
directory-field-hours = Heures de service
directory-field-website = Site web
directory-field-channel = Moyen de contact
directory-field-key = Clé OpenPGP
directory-field-asn = Système autonome
directory-field-prefix = Préfixe IP
directory-field-domain = Domaine
directory-field-sector = Secteur desservi
directory-field-membership = Adhésion
directory-key-expires = expire le { $date }
directory-key-no-expiry = sans date d’expiration
directory-type-national = CIRT national
directory-type-government = CIRT gouvernemental
directory-type-sector = CIRT sectoriel ({ $sector })
directory-type-sector-any = CIRT sectoriel
directory-type-academic = CIRT universitaire ou de réseau de recherche
directory-type-psirt = Équipe de sécurité des produits (PSIRT)
directory-type-commercial = CIRT commercial
directory-usage-contact = contact
directory-usage-emergency = Urgence
directory-usage-abuse = signalements d’abus
directory-usage-reports = déclarations d’incidents
directory-channel-email = Courriel
directory-channel-phone = Téléphone
directory-channel-fax = Télécopie
directory-channel-url = Adresse web
directory-status-listed = répertoriée
directory-status-accredited = accréditée
directory-status-certified = certifiée
directory-status-member = membre
directory-status-applicant = candidate
directory-status-former = ancien membre
directory-contact-technical = technique
directory-contact-policy = politique
directory-contact-diplomatic = diplomatique
directory-visibility-public = public
directory-visibility-members = membres de l’annuaire
directory-visibility-restricted = restreint (TLP:AMBER)
directory-source-manual = saisi
directory-source-csv = importé d’un tableur
directory-source-first = importé de FIRST
directory-source-ti = importé de Trusted Introducer
directory-source-rfc2350 = lu dans le RFC 2350
directory-source-security-txt = lu dans security.txt
directory-download = Tout l’annuaire tel que vous pouvez le voir :

# Reachability checks of the directory
check-mail-subject = Vérification de joignabilité : { $team }
check-mail-intro = Ceci est une vérification de joignabilité de { $team } par l’annuaire des CIRT de { $site }.
check-mail-action = Veuillez ouvrir ce lien et appuyer sur le bouton pour confirmer que cette adresse joint l’équipe :
check-mail-window = Le lien ne fonctionne qu’une fois. Merci de répondre dans les { $hours } heures.
check-mail-wrong-person = Si ce message vous est parvenu par erreur, transmettez-le à l’équipe ou ignorez-le.
check-error-scope = Vérification : « { $scope } » n’est ni une équipe, ni un pays, ni une région de l’annuaire.
check-error-window = Délai de réponse : indiquez un nombre entier d’heures de 1 à { $max }.
check-error-repeat = Répétition : indiquez un nombre entier de jours de 1 à { $max }, ou laissez vide.
check-error-when = Début : choisissez un moment entre maintenant et { $days } jours.
check-error-no-channel = Vérification : aucune équipe de « { $scope } » n’a d’adresse électronique ni de numéro de téléphone.
check-error-link-closed = Ce lien de vérification est fermé : les liens restent ouverts { $days } jours après l’envoi. Le secrétariat peut lancer une nouvelle vérification.
check-error-due = Début : « { $value } » n’est pas une date et une heure ; écrivez AAAA-MM-JJTHH:MM en UTC, ou laissez vide pour envoyer maintenant.
store-check-started = Cette vérification a déjà été envoyée : ses résultats sont conservés et elle ne peut plus être modifiée.
check-outcome-acknowledged = confirmé
check-outcome-late = confirmé en retard
check-outcome-pending = en attente de réponse
check-outcome-no-reply = pas de réponse
check-outcome-bounced = non distribué
check-latency-days = { $days } j { $hours } h
check-latency-hours = { $hours } h { $minutes } min
check-latency-minutes = { $minutes } min
check-scope = Qui vérifier
check-scope-all = toutes les équipes
check-scope-region = les équipes d’une région
check-scope-country = les équipes d’un pays
check-scope-team = une équipe
check-title = Vérifications de joignabilité
check-explained = Une vérification écrit à chaque adresse électronique des équipes choisies. Chaque message contient un lien à usage unique ; l’équipe l’ouvre et appuie sur un bouton, et l’annuaire note l’heure. Chaque numéro de téléphone donne un appel que le secrétariat passe et note ici. Les réponses après le délai comptent comme tardives.
check-no-smtp = Aucun serveur de messagerie n’est configuré : les messages attendent dans la boîte d’envoi, et personne ne peut y répondre avant.
check-new = Nouvelle vérification
check-window = Délai de réponse (heures)
check-due = Début (UTC)
check-due-hint = Laissez vide pour envoyer maintenant.
check-repeat = Répéter tous les (jours)
check-repeat-hint = Laissez vide pour une vérification unique.
check-start = Programmer la vérification
check-list = Vérifications
check-download = Télécharger les résultats (CSV)
check-none = Aucune vérification pour l’instant.
check-heading = Vérification { $id }
check-state-started = envoyée le { $when }
check-state-scheduled = prévue pour le
check-repeats = répétée tous les { $days } jours
check-median = délai de réponse médian { $latency }
check-cancel = Annuler cette vérification
check-window-of = délai de réponse { $hours } h
check-col-team = Équipe
check-col-address = Adresse
check-col-sent = Envoi
check-col-outcome = Résultat
check-col-latency = Délai de réponse
check-ack-title = Confirmez que ce message a atteint votre équipe
check-ack-intro = L’annuaire des CIRT vérifie que { $team } est joignable à { $address } (message envoyé le { $sent }).
check-ack-button = Confirmer la réception
check-ack-recorded = Merci : confirmé { $latency } après l’envoi du message. Vous pouvez fermer cette page.
check-ack-already = Ce message a déjà été confirmé, { $latency } après son envoi. Rien d’autre n’est nécessaire.
check-history = Vérifications de joignabilité
check-never = Cette équipe n’a pas encore été vérifiée.
directory-by-staleness = Toutes les équipes, les plus obsolètes d’abord
directory-sort = Ordre
directory-sort-country = par pays
directory-col-staleness = Obsolescence

# Directory imports
directory-import-title = Importer des équipes
directory-import-link = Importer des équipes depuis un fichier
directory-import-saved = { $count ->
    [one] Enregistré : { $count } équipe.
   *[other] Enregistré : { $count } équipes.
}
directory-import-errors = { $count ->
    [one] Le fichier présente { $count } problème
   *[other] Le fichier présente { $count } problèmes
}
directory-import-nothing-saved = Rien n’a été enregistré. Corrigez le fichier et relisez-le.
directory-import-preview = Ce que l’import modifierait
directory-import-summary = { $file } : { $changes } équipe(s) à enregistrer, { $unchanged } inchangée(s). Rien n’est enregistré avant votre confirmation.
directory-import-notes = { $count ->
    [one] { $count } remarque sur ce que le fichier contient et que la fiche ne peut pas garder
   *[other] { $count } remarques sur ce que le fichier contient et que la fiche ne peut pas garder
}
directory-import-changed-team = modifiée
directory-import-new-team = nouvelle équipe
directory-import-before = Actuellement
directory-import-after = Après l’import
directory-import-confirm = { $count ->
    [one] Enregistrer { $count } équipe
   *[other] Enregistrer { $count } équipes
}
directory-import-upload = Lire un fichier
directory-import-explained = Un tableur (le modèle ci-dessous, CSV ou XLSX), des fiches exportées de cet annuaire (JSON), le JSON de FIRST ou de Trusted Introducer, ou le texte RFC 2350 ou le security.txt d’une équipe. Ce que le fichier ne contient pas est conservé ; les personnes de contact ne sont jamais modifiées par un import.
directory-import-template = Le modèle, avec une ligne d’exemple à supprimer :
directory-import-file = Fichier
directory-import-layout = Type de fichier
directory-import-layout-auto = déduit du nom du fichier (.csv, .xlsx, security.txt, rfc2350)
directory-import-layout-csv = modèle de tableur, CSV
directory-import-layout-xlsx = modèle de tableur, XLSX
directory-import-layout-records = fiches exportées de cet annuaire (JSON)
directory-import-layout-first = annuaire des équipes de FIRST (JSON)
directory-import-layout-ti = liste des équipes de Trusted Introducer (JSON)
directory-import-layout-rfc2350 = texte RFC 2350 d’une équipe
directory-import-layout-security-txt = security.txt d’une équipe
directory-import-team = Équipe (pour un RFC 2350 ou un security.txt)
directory-import-team-hint = L’identifiant de l’équipe, par exemple ke-cirt. Un RFC 2350 peut décrire une nouvelle équipe ; un security.txt complète une équipe déjà inscrite.
directory-import-read = Lire le fichier et prévisualiser
directory-import-choose-layout = Type de fichier : choisissez-le ; le nom du fichier ne l’indique pas.
directory-import-no-file = Fichier : choisissez un fichier à lire.
directory-import-choose-team = Équipe : un RFC 2350 ou un security.txt décrit une seule équipe ; indiquez son identifiant.
directory-import-changed = L’annuaire ou le fichier a changé depuis la prévisualisation : rien n’a été enregistré. Relisez le fichier pour voir les modifications telles qu’elles sont maintenant.

# Signing an RFC 2350
directory-sign-title = Signer le RFC 2350
directory-sign-explained = Collez la clé secrète OpenPGP de l’équipe (au format ASCII armuré) et sa phrase secrète pour télécharger le RFC 2350 de l’équipe, champs publics seulement, signé en clair. La clé et la phrase secrète ne servent qu’à cette signature : elles ne sont jamais conservées ni journalisées.
directory-sign-key = Clé secrète (ASCII armuré)
directory-sign-passphrase = Phrase secrète
directory-sign-button = Signer et télécharger
directory-sign-refused = Non signé : { $reason }
## Team staff and the team record's form (issue 16)
role-team-staff = Personnel d’équipe
field-team = Équipe de l’annuaire
field-team-help = Seulement pour le personnel d’équipe, qui tient la fiche de son équipe ; laisser vide pour tout autre rôle.
store-role-needs-team = Un { $role } doit avoir une équipe de l’annuaire.
store-role-has-no-team = Un { $role } n’a pas d’équipe de l’annuaire.
store-unknown-team = L’annuaire n’a pas d’équipe « { $team } ».
error-team-edit = Seuls le secrétariat et le personnel de l’équipe peuvent modifier cette fiche.
error-team-staff-create = Le personnel d’équipe tient la fiche de sa propre équipe ; seul le secrétariat ajoute des équipes.
error-team-staff-country = Seul le secrétariat peut rattacher une équipe à un autre pays.
team-edit-link = Modifier cette fiche
team-new-link = Ajouter une équipe
team-form-title-edit = Modifier { $name }
team-form-title-new = Une nouvelle équipe
team-form-intro = Chaque valeur a son propre « Qui peut la voir ». Pour retirer un élément d’une liste, videz sa ligne. Rien n’est enregistré avant que vous appuyiez sur Enregistrer, et rien du tout tant qu’une valeur pose problème.
team-form-save = Enregistrer
team-form-kept = Rien n’a été enregistré ; votre saisie est conservée ci-dessous.
team-form-more = Ajouter 3 lignes à « { $section } »
team-form-row = { $what } { $n }
team-form-none = —
team-form-other = autre (à nommer)
team-form-section-identity = L’équipe
team-form-id = Identifiant de l’équipe
team-form-id-hint = 1 à 60 lettres minuscules, chiffres et tirets, comme ke-cirt. Il ne peut plus être changé ensuite.
team-form-country-fixed = Le pays est tenu par le secrétariat.
team-form-rfc2350-updated = Dernière mise à jour RFC 2350
team-form-date-hint = Une date : AAAA-MM-JJ.
team-form-hours-zone = Fuseau horaire
team-form-zone-hint = Un nom de fuseau IANA, comme Africa/Nairobi ou UTC.
team-form-bad-date = « { $value } » n’est pas une date : écrivez-la AAAA-MM-JJ.
team-form-bad-asn = « { $value } » n’est pas un numéro de système autonome.
team-form-types = Types d’équipe
team-form-sector-name = Secteur (pour une équipe sectorielle)
team-form-languages = Langues
team-form-language-hint = Une étiquette BCP 47, comme en, fr, ar ou zh-Hans.
team-form-websites = Sites web
team-form-channels = Canaux
team-form-channel-kind = Type
team-form-channel-other = Nom d’un autre type (comme matrix)
team-form-channel-value = Adresse ou numéro
team-form-channel-usages = Utilisé pour
team-form-keys = Clés OpenPGP
team-form-keys-hint = Collez la clé publique de l’équipe : son empreinte et ses dates sont lues dans la clé elle-même. Une clé sans son texte peut être saisie par son empreinte.
team-form-key-armored = Clé publique en armure ASCII
team-form-key-armored-hint = Ne collez jamais une clé secrète (privée) : elle est refusée. Une clé collée auparavant est conservée ; n’en collez une que pour la remplacer.
team-form-key-fingerprint = Empreinte
team-form-key-created = Créée le
team-form-key-expires = Expire le
team-form-key-url = Où la récupérer (adresse web)
team-form-asns = Systèmes autonomes
team-form-asn-hint = Le numéro, avec ou sans AS.
team-form-prefixes = Préfixes IP
team-form-domains = Domaines
team-form-countries = Pays desservis
team-form-country-code-hint = Un code ISO 3166-1 alpha-3, comme KEN.
team-form-sectors = Secteurs desservis
team-form-memberships = Adhésions
team-form-network = Réseau
team-form-network-other = Nom d’un autre réseau
team-form-status = Statut
team-form-status-other = Autre statut
team-form-since = Depuis
team-form-contacts = Personnes de contact
team-form-contacts-hint = Données personnelles : n’inscrivez une personne qu’après son accord, et notez quand.
team-form-contact = Personne
team-form-contact-name = Nom
team-form-contact-kind = Type de contact
team-form-contact-role = Fonction
team-form-contact-channels = Comment la joindre
team-form-contact-channels-hint = Un par ligne : le type, une espace, puis l’adresse ou le numéro, comme « email duty@example.org » ou « phone +254700000000 ».
team-form-consent = La personne a accepté d’être inscrite
team-form-consent-at = Accord donné le
team-form-consent-note = Note sur l’accord
## The directory's who's who: regions, countries, the map, mailing lists (issue 16, part 6)
directory-field-region = Région UIT
directory-field-network = Réseau
directory-filter-emergency = Seulement les équipes joignables en urgence
directory-regions = Équipes par région de l’UIT
directory-region-title = CIRT de la région { $region }
directory-country-title = CIRT du pays : { $country }
directory-map-title = Carte des équipes
directory-map-desc = Les pays où au moins une équipe est répertoriée sont remplis d’une couleur et d’un motif ; chacun mène à la page du pays. Chaque équipe figure aussi dans les tableaux sous la carte.
directory-map-country = { $country } : { $teams }, aucune équipe nationale répertoriée
directory-map-country-national = { $country } : { $teams }, équipe nationale répertoriée
directory-map-key-national-and-more = Équipe nationale et autres équipes
directory-map-key-national = Équipe nationale seule
directory-map-key-other = Des équipes, mais pas d’équipe nationale
directory-map-key-none = Aucune équipe répertoriée
directory-map-skip = Passer la carte et aller aux tableaux des équipes
directory-lists-title = Listes de diffusion
directory-lists-intro = Des filtres de l’annuaire enregistrés sous un nom. Chacun se télécharge comme liste de diffusion des équipes qu’il retient aujourd’hui : leurs canaux en CSV (tous, ou ceux d’un usage), ou leurs fiches de contact.
directory-lists-none = Aucune liste enregistrée. Filtrez l’annuaire, puis enregistrez le filtre sous un nom.
directory-list-save = Enregistrer ce filtre comme liste de diffusion
directory-list-save-hint = La liste garde le filtre, pas les équipes : elles sont recherchées à chaque téléchargement.
directory-list-name = Nom de la liste
directory-list-save-button = Enregistrer la liste
directory-list-teams = Équipes aujourd’hui
directory-list-downloads = Télécharger
directory-list-saved = Enregistrée le
directory-list-delete = Supprimer
directory-list-delete-named = Supprimer la liste { $name }
directory-list-csv = CSV, tous les canaux
directory-list-usage-contact = contact seulement
directory-list-usage-emergency = urgence seulement
directory-list-usage-abuse = signalements d’abus seulement
directory-list-usage-reports = déclarations d’incident seulement
directory-list-error-name = Donnez à la liste un nom d’au plus { $max } caractères, sur une ligne.
directory-list-error-usage = Usage inconnu « { $usage } » : écrivez contact, emergency, abuse ou reports.
directory-map-keys = Sur la carte, Tab entre par un pays ; les flèches mènent au pays le plus proche dans cette direction, Entrée ouvre sa page. Chaque équipe figure aussi dans les tableaux sous la carte.
check-error-call-closed = Cet appel a déjà été noté comme ayant abouti, ou il ne s’agit pas d’un appel : rien n’a été modifié.
check-call-choose = Appel : indiquez si quelqu’un a répondu.
check-channel-email = courriel
check-channel-phone = téléphone
check-col-call = Noter l’appel
check-call-note = Note
check-call-answered = Répondu
check-call-unanswered = Pas de réponse
directory-seen-heading = security.txt
directory-seen-never = Aucun security.txt de cette équipe n’a encore été importé ni récupéré.
directory-seen-import = Importé le { $when } depuis le fichier { $where }.
directory-seen-fetch = { $found ->
    [yes] Récupéré le { $when } depuis { $where }.
   *[no] Recherché le { $when } à { $where } : introuvable.
}
directory-seen-fetch-button = Récupérer le security.txt maintenant
directory-seen-how = Importez le security.txt de l’équipe (page Importer), ou laissez le serveur le récupérer sur les sites de l’équipe en activant directory.fetch_security_txt dans la configuration.
directory-seen-fetch-off = La récupération des fichiers security.txt est désactivée sur ce serveur : un administrateur peut l’activer avec directory.fetch_security_txt = true.
staleness-security-txt-not-checked = le security.txt de l’équipe n’a pas encore été vérifié
staleness-security-txt-missing = le site de l’équipe n’a pas de security.txt
staleness-security-txt-expired = le security.txt de l’équipe a expiré
staleness-security-txt-no-expires = le security.txt de l’équipe n’a pas de champ Expires
staleness-security-txt-no-contact = le security.txt de l’équipe ne donne aucun Contact
staleness-security-txt-expires-too-far = le security.txt de l’équipe expire dans plus d’un an et risque de ne pas être revu
staleness-rfc2350-no-date = la description RFC 2350 n’a pas de date de dernière mise à jour
staleness-rfc2350-old = la description RFC 2350 a été mise à jour le { $date } (il y a { $days } jours ; la limite est de { $limit } jours)
staleness-no-key = l’équipe n’indique aucune clé OpenPGP
staleness-key-expired = la clé { $fingerprint } a expiré le { $date }
staleness-key-expiring = la clé { $fingerprint } expire le { $date }, dans moins de { $limit } jours
staleness-never-reached = aucune vérification de joignabilité de l’équipe n’a jamais abouti
staleness-not-reached-recently = la dernière vérification de joignabilité réussie date de { $days } jours ; la limite est de { $limit } jours
maturity-status-self-assessment = en auto-évaluation
maturity-status-peer-review = en revue par les pairs
maturity-status-validated = validée
maturity-status-signed-off = approuvée
maturity-step-submitted = soumise
maturity-step-returned = renvoyée
maturity-step-validated = validée
maturity-step-signed-off = approuvée
maturity-act-read = consulter ceci
maturity-act-create = lancer une évaluation
maturity-act-self-assess = modifier l'auto-évaluation
maturity-act-evidence = modifier les justificatifs
maturity-act-validate-levels = enregistrer des niveaux validés
maturity-act-submit = soumettre l'évaluation
maturity-act-return = renvoyer l'évaluation
maturity-act-validate = valider l'évaluation
maturity-act-sign-off = approuver l'évaluation
maturity-act-assign-reviewer = désigner le réviseur
maturity-act-roadmap = modifier la feuille de route
maturity-error-forbidden = Vous ne pouvez pas { $act } dans cette évaluation.
maturity-error-transition = L'évaluation est { $status } : elle ne peut pas être { $step } maintenant.
maturity-error-closed = L'évaluation est { $status } : ceci ne peut plus être modifié.
maturity-error-return-without-comment = Indiquez ce que l'équipe doit changer : écrivez une raison ou un commentaire sur un paramètre.
maturity-error-framework = Le cadre contient { $count } erreur(s) ; aucune évaluation n'a été créée.
maturity-error-unknown-parameter = « { $parameter } » n'est pas un paramètre du cadre de cette évaluation.
maturity-error-reviewer-own-team = Un membre de l'équipe évaluée ne peut pas en être le réviseur.
maturity-error-reviewer-role = Un réviseur est membre d'une autre équipe ou du secrétariat.
maturity-error-reviewer-inactive = Le compte du réviseur est désactivé.
maturity-error-date = « { $value } » n'est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2026-03-31.
maturity-error-expiry-before-issue = La date d'expiration précède la date du justificatif.
maturity-error-url = « { $value } » n'est pas une adresse web : écrivez une adresse http:// ou https://.
maturity-error-file = Le fichier n'a pas pu être joint : téléversez-le de nouveau.
maturity-error-title-missing = Donnez un titre au justificatif.
maturity-error-too-long = Le texte « { $field } » est trop long.
maturity-error-check-other-team = Ce message de vérification a été envoyé à une autre équipe.
store-assessment-stale = L'évaluation a été modifiée par quelqu'un d'autre (version { $version }) : rechargez la page pour voir la modification.
store-parameter-stale = Ce paramètre a été modifié par quelqu'un d'autre (version { $version }) : rechargez la page pour voir la modification.
store-roadmap-stale = Cet élément de la feuille de route a été modifié par quelqu'un d'autre (version { $version }) : rechargez la page pour voir la modification.

## CIRT maturity assessments: pages (issue 17)
nav-maturity = Maturité
maturity-title = Évaluations de maturité des CIRT
maturity-explained = L'équipe s'évalue sur chaque paramètre, avec une note et des preuves ; un évaluateur pair d'une autre équipe, ou le secrétariat, inscrit à côté un niveau validé ; le secrétariat approuve. Les niveaux validés comptent là où il y en a.
maturity-list = Évaluations que vous pouvez consulter
maturity-none = Il n'y a encore aucune évaluation que vous puissiez consulter.
maturity-new = Commencer une évaluation
maturity-start = Commencer l'évaluation
maturity-assessment-title = Évaluation de maturité : { $team }
maturity-col-team = Équipe
maturity-col-framework = Cadre
maturity-col-kind = Type
maturity-col-status = Statut
maturity-col-round = Tour
maturity-col-updated = Dernière modification
maturity-col-parameter = Paramètre
maturity-col-profile = Profil
maturity-col-tier = Palier
maturity-col-from = Actuel
maturity-col-to = Requis
maturity-col-action = Action proposée
maturity-col-owner = Responsable
maturity-col-due = Échéance
maturity-col-service = Service FIRST
maturity-kind-self = Auto-évaluation
maturity-kind-peer = Évaluation par les pairs
maturity-kind-audit = Audit
maturity-label-self-assessment = En auto-évaluation
maturity-label-peer-review = En revue par les pairs
maturity-label-validated = Validée
maturity-label-signed-off = Approuvée
maturity-reviewer = Évaluateur pair
maturity-reviewer-none = Non désigné
maturity-reviewer-choose = Évaluateur (personnel d'une autre équipe, ou le secrétariat)
maturity-reviewer-save = Désigner
maturity-progress = Avancement
maturity-answered = { $answered } paramètres sur { $total } évalués par l'équipe
maturity-expired-count = { $count ->
    [one] { $count } paramètre a une preuve dont l'échéance est passée.
   *[other] { $count } paramètres ont une preuve dont l'échéance est passée.
}
maturity-roadmap-link = La feuille de route de l'équipe
maturity-diff-link = Ce qui a changé entre les tours
maturity-tiers = Paliers
maturity-tier-none = aucun pour l'instant
maturity-tier-reached = Palier atteint : { $tier }.
maturity-tier-next = Palier suivant : { $tier }.
maturity-blockers = { $count ->
    [one] { $count } paramètre bloque le palier suivant
   *[other] { $count } paramètres bloquent le palier suivant
}
maturity-plan = Ajouter à la feuille de route
maturity-steps = Étape suivante
maturity-reason = Motif ou message (facultatif ; nécessaire pour renvoyer l'évaluation si aucun paramètre n'a de commentaire)
maturity-reason-hint = Conservé avec ce tour et dans la piste d'audit.
maturity-do-submit = Soumettre à la revue par les pairs
maturity-do-return = Renvoyer à l'équipe
maturity-do-validate = Valider
maturity-do-sign-off = Approuver
maturity-parameters = Paramètres
maturity-self-hint = Choisissez un niveau pour chaque paramètre et indiquez ce qui l'appuie. Enregistrez aussi souvent que vous le souhaitez : seul ce que vous avez modifié est enregistré.
maturity-validate-hint = Inscrivez le niveau que vous pouvez confirmer pour chaque paramètre, avec un commentaire lorsqu'il diffère de celui de l'équipe.
maturity-self-level = Niveau de l'équipe
maturity-validated-level = Niveau validé
maturity-note = Note de l'équipe
maturity-comment = Commentaire de l'évaluateur
maturity-unanswered = Non évalué
maturity-differs = diffère de celui de l'équipe
maturity-save = Enregistrer les niveaux
maturity-na = s.o.
maturity-missing = non évalué
maturity-expired = preuve échue
maturity-evidence-hint = Preuves :
maturity-evidence-url = lien
maturity-evidence-file = fichier
maturity-evidence-check = vérification de joignabilité
maturity-evidence-add = Ajouter une preuve
maturity-evidence-title = Titre
maturity-evidence-address = Adresse web
maturity-evidence-ping = Ou un message de vérification de joignabilité envoyé à l'équipe
maturity-evidence-issued = Date de la preuve
maturity-evidence-expires = À revoir avant le (facultatif)
maturity-evidence-save = Ajouter la preuve
maturity-evidence-remove = Retirer
maturity-ping-acked = accusé de réception reçu
maturity-ping-not-acked = sans accusé de réception
maturity-diff-title = Ce qui a changé entre les tours
maturity-diff-from = Depuis
maturity-diff-to = Jusqu'à
maturity-diff-show = Comparer
maturity-diff-none = Rien n'a changé entre les deux.
maturity-diff-count = { $count ->
    [one] { $count } paramètre a changé
   *[other] { $count } paramètres ont changé
}
maturity-diff-texts = Notes et commentaires
maturity-round-n = Tour { $round }
maturity-round-now = Maintenant
maturity-roadmap-title = Feuille de route : { $team }
maturity-roadmap-explained = Une ligne par paramètre qui bloque le palier suivant, de son niveau actuel au niveau requis. Modifiez l'action, le responsable, l'échéance et le statut au fil du travail.
maturity-roadmap-download = Télécharger la feuille de route (XLSX)
maturity-roadmap-empty = La feuille de route est vide. Planifiez-la à partir des paliers d'une évaluation.
maturity-roadmap-save = Enregistrer la ligne
maturity-roadmap-open = Ouverte
maturity-roadmap-in-progress = En cours
maturity-roadmap-done = Terminée
maturity-roadmap-dropped = Abandonnée
maturity-service-hint = Facultatif : le service du FIRST CSIRT Services Framework que cette ligne met en place, par exemple 5.1.
maturity-action-to-1 = { $parameter } : assurez-vous que cela se fait en pratique et désignez qui le fait.
maturity-action-to-2 = { $parameter } : décrivez par écrit comment cela se fait, pour l'usage de l'équipe.
maturity-action-to-3 = { $parameter } : faites approuver la version écrite par la direction de l'équipe et tenez-la à jour.
maturity-action-to-4 = { $parameter } : faites-la examiner par une instance supérieure ou extérieure à l'équipe, et donnez suite à ses constats.
maturity-error-step = Choisissez l'une des étapes proposées sur la page.
maturity-error-level = « { $value } » n'est pas un niveau : choisissez 0, 1, 2, 3, 4 ou s.o.
maturity-error-kind = Choisissez le type d'évaluation : auto-évaluation, évaluation par les pairs ou audit.
maturity-error-framework-name = Choisissez l'un des cadres proposés.
maturity-error-page-version = La page n'est plus à jour : rechargez-la et réessayez.
maturity-error-version = La page n'est plus à jour pour { $parameter } : rechargez-la et réessayez.
maturity-error-too-long-field = Le texte de { $parameter } est trop long (10 000 caractères au plus).
maturity-error-reviewer = Choisissez un évaluateur dans la liste.
maturity-error-evidence-source = Indiquez une adresse web, ou choisissez un message de vérification de joignabilité.
maturity-error-profile = Choisissez l'un des profils de l'évaluation.
maturity-error-roadmap-status = Choisissez un statut : ouverte, en cours, terminée ou abandonnée.
maturity-error-round = « { $value } » n'est pas un tour de cette évaluation.
maturity-history-link = Les évaluations de l'équipe dans le temps
maturity-all-regions = Toutes les régions
maturity-assessment-n = Évaluation n° { $id }
maturity-changes = Ce qui a changé depuis l'évaluation précédente
maturity-col-assessment = Évaluation
maturity-col-blockers = Bloquent le palier suivant
maturity-col-country = Pays
maturity-col-days = Jours depuis la dernière modification
maturity-col-group = Groupe (niveau moyen, 0–4)
maturity-col-open-items = Lignes de feuille de route ouvertes
maturity-col-region = Région de l'UIT
maturity-col-signed-off = Approuvée le
maturity-col-stage = Où en est-on
maturity-col-started = Commencée le
maturity-error-region = Cette région de l'UIT n'existe pas : choisissez-en une dans la liste.
maturity-filter = Afficher
maturity-groups = Les quatre groupes
maturity-groups-table = Niveau moyen des paramètres évalués de chaque groupe (hors s.o.)
maturity-portfolio-download = Télécharger en CSV
maturity-portfolio-explained = Chaque pays avec son CIRT national : où il en est, le palier atteint par sa dernière évaluation sur le premier profil (provisoire tant qu'elle n'est pas validée), depuis quand elle n'a pas changé, ce qui bloque le palier suivant et les lignes ouvertes de sa feuille de route.
maturity-portfolio-summary = { $countries } pays, dont { $teams } avec une équipe dans l'annuaire et { $assessed } évalués
maturity-portfolio-title = Portefeuille du programme
maturity-radar-title = Niveau moyen des quatre groupes : { $team }
maturity-stage-no-team = Aucune équipe dans l'annuaire
maturity-stage-not-assessed = Pas évaluée
maturity-team-title = Maturité dans le temps : { $team }
maturity-tier-provisional = { $tier } (provisoire)
maturity-timeline = Évaluations et palier atteint par chacune
maturity-act-publish = choisir ce qui est publié
maturity-error-publication = Indiquez si le palier est publié : oui ou non.
maturity-publication = Ce que montre le site public
maturity-publication-off = Le programme ne publie aucun résultat de maturité : rien n'est affiché, quel que soit le choix de l'équipe.
maturity-publication-nothing = Rien n'est affiché pour l'instant : l'équipe n'a pas accepté de publier son palier, ou aucune évaluation n'est encore approuvée.
maturity-publication-shown = La page publique de l'équipe affiche :
maturity-publication-choose = Publier le palier de la dernière évaluation approuvée sur la page publique de l'équipe ?
maturity-publication-yes = Oui, publier le palier
maturity-publication-no = Non, ne rien publier
maturity-publication-hint = Les niveaux, notes, preuves et la feuille de route ne sont jamais publiés.
maturity-publication-save = Enregistrer le choix
maturity-published-tier = { $profile } : { $tier } (approuvée le { $date })
maturity-public-label = Palier de maturité :
maturity-prefill-title = Éléments de maturité pour l'indice national
maturity-prefill-for = { $country }, édition { $edition }
maturity-prefill-explained = La dernière évaluation de maturité approuvée du pays appuie ces réponses de l'indice, selon la table de correspondance de cyberindex. Le pré-remplissage ne les ajoute que là où le pays n'a pas répondu, comme brouillons que le pays confirme ou corrige ; chacun indique sa source.
maturity-prefill-none = Aucune équipe de ce pays n'a encore d'évaluation de maturité approuvée.
maturity-prefill-source = D'après l'évaluation
maturity-prefill-nothing = Cette évaluation n'appuie aucune réponse de l'édition.
maturity-prefill-count = { $count ->
    [one] { $count } réponse proposée
   *[other] { $count } réponses proposées
}
maturity-prefill-question = Question
maturity-prefill-offered = Réponse proposée
maturity-prefill-because = Source
maturity-prefill-current = Réponse actuelle du pays
maturity-prefill-unanswered = sans réponse : sera pré-remplie
maturity-prefill-apply = { $count ->
    [one] Pré-remplir { $count } réponse, que le pays confirmera
   *[other] Pré-remplir { $count } réponses, que le pays confirmera
}
maturity-prefill-all-answered = Le pays a répondu à toutes ces questions : rien à pré-remplir.
maturity-prefill-link = Proposer cette évaluation à l'indice national :
maturity-error-prefill-none = Aucune équipe de ce pays n'a d'évaluation de maturité approuvée à partir de laquelle pré-remplir.
maturity-saved = { $count ->
    [0] Rien n'avait changé : rien n'a été enregistré.
    [one] { $count } paramètre enregistré.
   *[other] { $count } paramètres enregistrés.
}

# Suivi de la création des CIRT (ticket 17, partie 6)
establishment-title = Suivi de la création des CIRT
establishment-explained = Les engagements du programme avec les pays pour créer un CIRT national, phase par phase : évaluation, conception, mise en place, renforcement. Chaque phase s'achève lorsque son livrable est approuvé.
establishment-filter = Filtrer
establishment-all-regions = Toutes les régions
establishment-none = Aucun engagement à afficher.
establishment-list = Engagements par pays
establishment-col-country = Pays
establishment-col-region = Région de l'UIT
establishment-col-phase = Phase
establishment-col-days = Durée dans la phase
establishment-col-pending = Livrables en attente de décision
establishment-col-missing = Livrables requis non encore approuvés
establishment-new = Démarrer un engagement
establishment-team = Équipe de l'annuaire
establishment-team-none = Pas encore d'équipe
establishment-team-hint = Liez le CIRT national dès qu'il figure dans l'annuaire : son personnel pourra alors suivre l'engagement.
establishment-team-choose = Équipe
establishment-team-save = Enregistrer l'équipe
establishment-note = Note
establishment-start = Démarrer
establishment-heading = Création du CIRT national : { $country }
establishment-phases = Phases
establishment-phase-assessment = Évaluation
establishment-phase-design = Conception
establishment-phase-establishment = Mise en place
establishment-phase-enhancement = Renforcement
establishment-phase-closed = Clos
establishment-step-done = terminée
establishment-step-current = phase en cours
establishment-step-todo = à venir
establishment-kind-readiness-report = rapport d'état de préparation
establishment-kind-design-document = document de conception
establishment-kind-procedures = procédures
establishment-kind-handover = passation
establishment-kind-other = autre document
establishment-status-submitted = soumis
establishment-status-approved = approuvé
establishment-status-changes-requested = modifications demandées
establishment-move = Phase suivante
establishment-move-to = Passer à : { $phase }
establishment-blocked = La phase « { $phase } » ne peut s'achever avant l'approbation de son livrable ({ $deliverable }).
establishment-required = Livrable requis : { $deliverable }.
establishment-required-ok = Approuvé.
establishment-required-missing = Pas encore approuvé.
establishment-no-deliverables = Aucun livrable dans cette phase pour l'instant.
establishment-deliverables-of = Livrables de la phase « { $phase } »
establishment-col-title = Titre
establishment-col-kind = Type
establishment-col-date = Date du document
establishment-col-status = Statut
establishment-col-decision = Décision
establishment-decide-on = Décision sur { $title }
establishment-comment = Commentaire
establishment-approve = Approuver
establishment-request-changes = Demander des modifications
establishment-upload = Ajouter un livrable
establishment-other-phase = Phase (pour un autre document)
establishment-other-phase-hint = Un livrable requis va dans sa propre phase ; un autre document va dans la phase choisie ici.
establishment-source = Le document : un fichier ou un lien
establishment-file = Fichier
establishment-file-hint = PDF, documents bureautiques, images ou texte, dans la limite de taille.
establishment-url = Lien
establishment-add = Ajouter
establishment-services = Services prévus
establishment-services-source = Domaines de services et services du FIRST CSIRT Services Framework v2.1 (identifiants et noms en anglais), chacun avec la phase où il commence.
establishment-service-phase = Phase de début du service { $service }
establishment-services-save = Enregistrer les services prévus
establishment-services-none = Aucun service prévu pour l'instant.
establishment-col-service = Service
establishment-col-starts = Commence en phase
establishment-history = Historique des phases
establishment-col-when = Quand
establishment-col-change = Changement
establishment-col-by = Par
establishment-stale = Cet engagement ou ce livrable a été modifié par quelqu'un d'autre : rechargez la page et réessayez.
establishment-act-read = lire ceci
establishment-act-create = démarrer un engagement
establishment-act-move = changer la phase
establishment-act-link-team = lier l'équipe
establishment-act-upload = ajouter un livrable
establishment-act-decide = statuer sur un livrable
establishment-act-services = planifier les services
establishment-error-forbidden = Vous ne pouvez pas { $act } dans cet engagement.
establishment-error-country = « { $value } » n'est pas un code de pays : utilisez l'ISO 3166 alpha-3, par exemple KEN.
establishment-error-open = { $country } a déjà un engagement ouvert (numéro { $id }) : clôturez-le d'abord.
establishment-error-unknown-team = L'annuaire n'a pas d'équipe « { $team } ».
establishment-error-closed = L'engagement est clos : il ne peut plus être modifié.
establishment-error-phase-order = L'engagement est en phase « { $from } » : il ne peut passer qu'à la phase suivante, pas à « { $to } ».
establishment-error-deliverable-missing = La phase « { $phase } » ne peut s'achever avant l'approbation de son livrable ({ $deliverable }).
establishment-error-kind-phase = Un livrable de ce type ({ $deliverable }) appartient à la phase « { $phase } ».
establishment-error-phase-not-reached = L'engagement n'a pas encore atteint la phase « { $phase } ».
establishment-error-title-missing = Donnez un titre au livrable.
establishment-error-source = Téléversez un fichier ou indiquez un lien (l'un des deux).
establishment-error-decided = Ce livrable a déjà fait l'objet d'une décision.
establishment-error-comment-required = Dites ce qui doit changer : un commentaire est requis pour demander des modifications.
establishment-error-too-long = Le champ { $field } est trop long.
establishment-error-phase-value = « { $value } » n'est pas une phase : choisissez évaluation, conception, mise en place ou renforcement.
establishment-error-kind = « { $value } » n'est pas un type de livrable : choisissez-en un dans la liste.
establishment-error-decision = « { $value } » n'est pas une décision : approuvez ou demandez des modifications.
establishment-error-service = « { $id } » n'est pas un service du FIRST CSIRT Services Framework v2.1.
establishment-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
establishment-error-service-phase = Service { $id } : « { $value } » n'est pas une phase : choisissez évaluation, conception, mise en place ou renforcement.
# Publication day: the demonstration being prepared (issue 19)
preparing-title = Préparation de la démonstration
preparing-text = Les données de démonstration sont en cours de création. Cette page se recharge d’elle-même dans quelques secondes.
preparing-reload = Recharger maintenant

## CyberDrills (issue 18) : console et places
nav-drills = Exercices
drill-title = CyberDrills
drill-explained = Les exercices que vous conduisez : diffusez les injects aux équipes, suivez leurs réponses et évaluez-les au regard des actions attendues.
drill-none = Vous ne conduisez encore aucun exercice. Planifiez-en un à partir d'un scénario enregistré (Planifier un exercice), ou en ligne de commande (cyberindex drill create).
drill-list = Exercices que vous conduisez
drill-col-title = Exercice
drill-col-host = Hôte
drill-col-start = Début prévu
drill-col-status = État
drill-col-teams = Équipes
drill-col-team = Équipe
drill-col-comms = Test des communications
drill-col-score = Score
drill-col-target = Cible
drill-col-evaluated = Attentes évaluées
drill-col-role = Rôle
drill-col-label = Libellé
drill-col-link-state = Lien
drill-col-actions = Actions
drill-col-inject = Inject
drill-col-move = Phase
drill-col-at = Temps depuis le début
drill-col-channel = Canal
drill-col-state = État
drill-scenario = Scénario
drill-clock = Horloge
drill-exercise-time = Temps d'exercice
drill-simulated-time = Temps simulé
drill-reload = Recharger cette page
drill-status-planned = prévu
drill-status-comms-check = en test des communications
drill-status-running = en cours
drill-status-paused = en pause
drill-status-ended = terminé
drill-status-reported = rapport publié
drill-step-comms-check = Envoyer le test des communications
drill-step-start = Lancer l'exercice
drill-step-pause = Mettre en pause
drill-step-resume = Reprendre
drill-step-end = Terminer l'exercice
drill-step-report = Marquer le rapport comme remis
drill-teams = Équipes
drill-no-teams = Aucune équipe ne participe encore. Ajoutez des équipes de l'annuaire ci-dessous.
drill-comms-result = { $acknowledged } sur { $sent } accusés de réception, { $failed } échecs
drill-comms-none = non testé
drill-links = Liens des participants
drill-links-explained = Joueurs, évaluateurs et observateurs rejoignent sans compte, chacun par un lien à usage unique. Envoyez chaque lien à une seule personne.
drill-link-new = Émettre un lien
drill-link-all-teams = Toutes les équipes
drill-link-team-hint = Un lien de joueur exige une équipe ; un lien d'évaluateur ou d'observateur couvre une équipe ou toutes.
drill-link-issue = Émettre le lien
drill-link-issued = Lien émis
drill-link-issued-for = Un lien pour un { $role } ({ $team }).
drill-link-address = Le lien
drill-link-once = Copiez-le maintenant : il n'est affiché qu'une fois, ne sert qu'une fois et expire le { $when }.
drill-back-to-console = Retour à la console
drill-link-revoke = Retirer
drill-link-revoke-named = Retirer le lien { $label }
drill-link-revoked = retiré
drill-link-used = utilisé le { $when }
drill-link-expired = expiré
drill-link-open = pas encore utilisé, valable jusqu'au { $when }
drill-role-player = joueur
drill-role-observer = observateur
drill-role-evaluator = évaluateur
drill-timeline = Chronologie
drill-inject-pending = en attente
drill-inject-released = diffusé
drill-inject-released-at = diffusé à { $at }
drill-inject-ready = prêt à diffuser
drill-inject-held = retenu
drill-inject-skipped = sauté
drill-inject-moved = déplacé
drill-act-release = Diffuser maintenant
drill-act-release-named = Diffuser { $inject } maintenant
drill-act-hold = Retenir
drill-act-hold-named = Retenir { $inject }
drill-act-resume = Reprendre
drill-act-resume-named = Reprendre { $inject }
drill-act-skip = Sauter
drill-act-skip-named = Sauter { $inject }
drill-act-move = Déplacer
drill-act-move-named = Déplacer { $inject } à cette minute
drill-minutes-from-start = Minutes depuis le début
drill-channel-portal = portail
drill-channel-email = courriel
drill-channel-news = actualité
drill-channel-document = document
drill-responses = Réponses
drill-no-responses = Aucune réponse pour l'instant.
drill-response-file = Document
drill-verdict = Évaluation
drill-result-success = réussite
drill-result-partial = partielle
drill-result-failed = échec
drill-comment = Commentaire
drill-evaluate = Enregistrer l'évaluation
drill-join-title = Rejoindre un exercice
drill-join-explained = Ce lien ouvre votre place dans un exercice CyberDrill. Il ne sert qu'une fois : rejoignez depuis le navigateur que vous utiliserez pendant l'exercice.
drill-join = Rejoindre l'exercice
drill-fictional = Ce scénario est fictif : un exercice, pas un incident réel.
drill-score-against-target = Score { $score } pour une cible de { $target }
drill-no-injects = Rien n'a encore été diffusé à cette équipe.
drill-news-feed = Fil d'actualités
drill-inbox = Injects
drill-released-at = diffusé à { $at }
drill-expectation = Attendu
drill-your-response = Votre réponse
drill-send-response = Envoyer la réponse
drill-act-read = voir cet exercice
drill-act-run = conduire l'exercice
drill-act-respond = répondre
drill-act-evaluate = évaluer les réponses
drill-act-lessons = répondre au questionnaire des enseignements
drill-error-forbidden = Vous ne pouvez pas { $act } dans cet exercice.
drill-error-scenario = Le scénario comporte des problèmes : { $problems }
drill-error-scenario-changed = Le scénario { $id } version { $version } existe déjà avec un autre contenu : donnez une nouvelle version au scénario modifié.
drill-error-status = L'exercice est { $status } : vous ne pouvez pas { $act } maintenant.
drill-error-released = L'inject { $inject } a été diffusé : il ne peut plus être modifié.
drill-error-dependency = L'inject { $inject } attend { $depends }.
drill-error-expectation = L'inject { $inject } n'a pas d'attente { $index }.
drill-error-unknown-team = L'annuaire n'a pas d'équipe « { $team } ».
drill-error-empty-response = Écrivez une réponse ou joignez un document.
drill-error-score = Un score est un nombre entier de 0 à 100.
drill-error-too-long = Le champ { $field } est trop long.
drill-error-empty = Le champ { $field } est vide.
drill-error-time-zone = « { $value } » n'est pas un fuseau horaire : écrivez UTC ou un décalage comme UTC+03:00.
drill-error-language = Le scénario n'est pas écrit en « { $lang } » : choisissez parmi { $available }.
drill-error-date = « { $value } » n'est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2026-03-31.
drill-error-link-used = Ce lien a déjà servi. Demandez-en un nouveau à l'animateur.
drill-error-link-expired = Ce lien a expiré.
drill-error-link-revoked = Ce lien a été retiré. Demandez-en un nouveau à l'animateur.
drill-error-link-unknown = Ce lien n'est pas valide.
drill-error-link-team = Un lien de joueur exige l'une des équipes de l'exercice.
drill-error-step = Choisissez une étape possible pour l'exercice.
drill-error-act = Choisissez diffuser, retenir, reprendre, sauter ou déplacer.
drill-error-minutes = Le temps est un nombre entier de minutes de 0 à { $max }.
drill-error-number = « { $value } » n'est pas un nombre entier.
drill-error-result = Choisissez réussite, partielle ou échec.
drill-error-role = Choisissez joueur, évaluateur ou observateur.
drill-changed = Cet exercice a changé : rechargez la page pour le voir (ce que vous écrivez reste jusqu'au rechargement).
# Issue 17 : le rapport d'évaluation (PDF), les contrôles de joignabilité comme preuves, la phase dans le portefeuille
report-maturity-title = { $team } : évaluation de la maturité
report-maturity-source = Évaluation de la maturité { $id }, tour { $round }. Diffusion restreinte : ne pas publier.
report-maturity-next = Palier suivant
report-maturity-blockers = Bloque le palier suivant
report-maturity-no-blockers = Rien ne bloque le palier suivant.
report-maturity-evidence = Preuves
report-maturity-evidence-none = Aucune preuve n'est enregistrée.
report-maturity-expires = À revoir le
report-maturity-roadmap = Feuille de route
report-maturity-roadmap-none = La feuille de route est vide.
report-maturity-restricted = Ce rapport contient le détail des paramètres de l'évaluation : niveaux, notes, commentaires, preuves et feuille de route. Il est réservé à l'équipe, à son évaluateur et au secrétariat du programme. Seul le palier peut être publié, et seulement avec l'accord de l'équipe.
maturity-report-download = Télécharger cette évaluation en PDF
maturity-reach-offers = Contrôles de joignabilité de l'équipe pas encore joints ici :
maturity-reach-attach = Joindre comme preuve
maturity-reach-evidence-title = Contrôle de joignabilité du { $date } ({ $address }) : { $outcome }
maturity-col-phase = Phase de mise en place
maturity-error-parameter-level = { $parameter } : « { $value } » n'est pas un niveau : choisissez 0, 1, 2, 3, 4 ou s.o.
maturity-error-parameter-twice = { $parameter } est nommé plus d'une fois : envoyez chaque paramètre une seule fois.
maturity-evidence-upload = Ou un fichier
maturity-evidence-upload-hint = Indiquez une adresse web, un message de vérification ou un fichier : PDF, document bureautique, image ou texte, jusqu'à { $size } Mo. Les pages web et autres balisages sont refusés.
maturity-error-evidence-one-source = Indiquez soit un fichier, soit une adresse web, soit un message de vérification, pas plusieurs.
maturity-error-evidence-field = Champ inconnu « { $field } » : utilisez parameter, title, url, ping, file, issued ou expires.
maturity-sheet-group = Groupe
maturity-sheet-name = Nom court
maturity-sheet-evidence = Preuves (titre : emplacement (date → à revoir le))
maturity-export-link = Télécharger comme classeur (XLSX)
maturity-import-link = Importer les niveaux de l'équipe depuis un classeur
maturity-import-title = Importer l'auto-évaluation de l'évaluation { $id }
maturity-import-back = Retour à l'évaluation
maturity-import-nothing-applied = Rien n'a été appliqué. Corrigez chaque cellule indiquée ici dans le classeur, puis lisez-le à nouveau.
maturity-import-preview = Ce que le classeur modifie
maturity-import-changes = Modifications des niveaux et notes de l'équipe
maturity-import-from = Actuel
maturity-import-to = Dans le classeur
maturity-import-note-same = inchangée
maturity-import-upload = Lire un classeur
maturity-import-hint = Utilisez le classeur de cette évaluation : seuls le paramètre (colonne A), le niveau de l'équipe (D) et la note (E) sont lus. Les niveaux vont de 0 à 4 ou s.o., vides s'ils ne sont pas notés. Rien n'est appliqué avant votre confirmation de l'aperçu.
maturity-import-file = Classeur (.xlsx)
maturity-import-read = Prévisualiser les modifications
maturity-import-error-no-parameter = { $cell } : indiquez l'identifiant du paramètre de cette ligne.
maturity-import-error-parameter = { $cell } : « { $value } » n'est pas un paramètre du référentiel de cette évaluation.
maturity-import-error-duplicate = { $cell } : { $parameter } figure déjà à la ligne { $row }.
maturity-import-error-level = { $cell } : le niveau « { $value } » n'est pas sur l'échelle 0–4 ou s.o.
maturity-import-error-too-long = { $cell } : la note de { $parameter } dépasse 10 000 caractères.
maturity-import-error-file = Le fichier n'a pas pu être lu comme classeur : { $detail }
maturity-import-error-empty = La feuille n'a aucune ligne de paramètre : remplissez le classeur exporté de cette évaluation.
maturity-import-error-no-file = Choisissez le classeur à lire.
maturity-import-errors = { $count ->
    [one] Un problème dans le classeur
   *[other] { $count } problèmes dans le classeur
}
maturity-import-summary = { $count ->
    [0] { $file } : le classeur ne modifie rien.
    [one] { $file } : une modification des niveaux et notes de l'équipe.
   *[other] { $file } : { $count } modifications des niveaux et notes de l'équipe.
}
maturity-import-apply = { $count ->
    [one] Appliquer la modification
   *[other] Appliquer les { $count } modifications
}
maturity-error-control-field = Le texte de { $parameter } contient un caractère de contrôle : supprimez-le.
establishment-error-field = Champ inconnu « { $field } » : utilisez kind, phase, title, issued, url ou file.

## The after-action report of a drill (crates/report/src/drill.rs, crates/drill/src/report.rs)
drill-report-title = { $title } : rapport après action
drill-report-source = Exercice { $id }, { $date } · { $tlp }
drill-report-copy-full = Rapport complet : les résultats de toutes les équipes. Les résultats de chaque équipe sont confidentiels : réservés à l'équipe, à l'hôte et au secrétariat du programme.
drill-report-copy-team = Exemplaire de { $team } : les résultats de cette équipe seulement, confidentiels, réservés à l'équipe, à l'hôte et au secrétariat du programme.
drill-report-copy-public = Rapport public : les résultats agrégés, publiés avec l'accord de l'hôte. Aucune équipe n'est nommée.
drill-report-summary = Résumé
drill-report-drill = Exercice
drill-report-level = Niveau
drill-report-level-national = National
drill-report-level-regional = Régional
drill-report-level-global = Mondial
drill-report-mode = Mode
drill-report-mode-tabletop = Sur table
drill-report-mode-hybrid = Hybride
drill-report-mode-strategy = Stratégique
drill-report-time-zone = Fuseau horaire
drill-report-languages = Langues
drill-report-start = Début
drill-report-end = Fin
drill-report-scenario = Scénario
drill-report-version = Version du scénario
drill-report-tlp = TLP
drill-report-licence = Licence
drill-report-timeline = Chronologie
drill-report-planned = Heure prévue
drill-report-released = Diffusé à (temps d'exercice)
drill-report-inject-title = Titre
drill-report-results = Résultats par équipe
drill-report-expectation = Attendu
drill-report-verdicts = Évaluations
drill-report-expected = Score attendu
drill-report-met = Atteint
drill-report-not-met = Non atteint
drill-report-not-evaluated = Non évalué
drill-report-confidential = Confidentiel : les résultats de chaque équipe sont réservés à l'équipe, à l'hôte et au secrétariat du programme.
drill-report-aggregate = Agrégat
drill-report-responses = Réponses
drill-report-mean = Score moyen
drill-report-min = Score le plus bas
drill-report-max = Score le plus haut
drill-report-share = Part des équipes (%)
drill-report-strengths = Points forts
drill-report-gaps = Lacunes
drill-report-improvements = Plan d'amélioration
drill-report-lessons = Enseignements
drill-report-none = Aucun.
drill-report-issue = Problème
drill-report-question = Question
drill-report-answer = Réponse
drill-report-anonymous = Anonyme
drill-report-heading = Rapport après action
drill-report-pdf = PDF
drill-report-xlsx = Classeur (XLSX)
drill-report-own = Le rapport après action de votre équipe (PDF)
nav-drill-results = Résultats des exercices
drill-public-title = Résultats des CyberDrills
drill-public-explained = Les résultats agrégés des CyberDrills dont l’hôte a accepté la publication. Aucune équipe n’est nommée : les résultats de chaque équipe restent à cette équipe, à l’hôte et au secrétariat du programme.
drill-public-none = Aucun résultat d’exercice n’a encore été publié.
drill-public-list = Exercices publiés, du plus récent au plus ancien
drill-public-copy = La copie publique du rapport après action : l’agrégat de toutes les équipes, sans qu’aucune soit nommée.
drill-public-shares = Part des équipes évaluées ayant satisfait chaque attente
drill-public-evaluated = Équipes évaluées
# Issue 18: planning on the web, teams, improvement plan, lessons, documents, programme
drill-new-title = Planifier un exercice
drill-new-no-scenario = Aucun scénario n'est encore enregistré. Importez-en un en ligne de commande (cyberindex drill import).
drill-new-host-team = Équipe dont le personnel anime l'exercice
drill-new-no-host-team = Aucune : le secrétariat seul
drill-new-host-team-hint = Le personnel de cette équipe de l'annuaire peut conduire la console de l'exercice, en plus du secrétariat.
drill-new-time-zone = Fuseau horaire
drill-new-time-zone-hint = UTC, ou un décalage tel que UTC+03:00. Le début ci-dessous est dans ce fuseau.
drill-new-start = Début prévu
drill-new-languages = Langues
drill-new-languages-hint = Codes de langue séparés par des virgules, par exemple en,fr. Laissez vide pour toutes les langues du scénario.
drill-new-public-results = L'hôte accepte de publier les résultats agrégés
drill-new-create = Créer l'exercice
drill-col-level = Niveau
drill-col-mode = Mode
drill-level-national = national
drill-level-regional = régional
drill-level-global = mondial
drill-mode-tabletop = sur table
drill-mode-hybrid = hybride
drill-mode-strategy = stratégique
drill-error-new-field = Champ inconnu « { $field } » : utilisez scenario, title, level, mode, host, host_team, time_zone, start, languages ou public_results.
drill-error-new-scenario = Choisissez une version de scénario.
drill-error-new-level = Choisissez national, régional ou mondial.
drill-error-new-mode = Choisissez sur table, hybride ou stratégique.
drill-error-new-start = « { $value } » n'est pas un début : donnez une date et une heure, par exemple 2026-12-10T09:00.
drill-team-add = Ajouter une équipe
drill-team-choose = Choisissez une équipe de l'annuaire
drill-team-roles = Rôles dans le scénario
drill-team-roles-hint = Un inject adressé à un rôle va aux équipes qui le tiennent ; les injects pour toutes les équipes vont à chacune.
drill-team-consent = L'équipe accepte d'offrir ses résultats comme preuves dans sa prochaine évaluation de maturité
drill-team-consent-hint = C'est seulement alors que ses scores sur les attentes liées à des paramètres de maturité sont proposés à son évaluation.
drill-team-add-button = Ajouter l'équipe
drill-error-team-field = Champ inconnu « { $field } » : utilisez team, roles ou consent.
drill-error-team-missing = Choisissez une équipe.
drill-error-team-role = « { $role } » n'est pas un rôle de ce scénario : choisissez parmi { $roles }.
drill-improvements = Plan d'amélioration
drill-improvements-explained = Ce que les équipes et l'hôte changeront après l'exercice : chaque problème avec son action, son responsable, son échéance et le paramètre de maturité qu'il sert.
drill-improvements-none = Le plan d'amélioration est vide.
drill-improvement-issue = Problème
drill-improvement-action = Action
drill-improvement-owner = Responsable
drill-improvement-due = Échéance
drill-improvement-parameter = Paramètre de maturité
drill-improvement-no-parameter = Aucun
drill-improvement-status = État
drill-improvement-save = Enregistrer l'élément
drill-improvement-new = Ajouter un élément
drill-improvement-add = Ajouter au plan
drill-error-improvement-team = « { $team } » ne participe pas à cet exercice.
drill-error-improvement-parameter = « { $parameter } » n'est pas lié à ce scénario : choisissez parmi { $parameters }.
drill-lessons = Enseignements
drill-lessons-none = Aucune réponse au questionnaire des enseignements pour l'instant.
drill-lessons-explained = Répondez aux questions de votre choix ; les réponses vides sont ignorées.
drill-lessons-sent = Merci : vos réponses sont enregistrées.
drill-lessons-anonymous = Répondre anonymement
drill-lessons-anonymous-hint = Le nom de votre équipe n'est alors gardé ni avec les réponses ni dans le journal d'audit.
drill-lessons-send = Envoyer les réponses
drill-lesson-question = Question
drill-lesson-answer = Réponse
drill-lesson-by = De
drill-lesson-anonymous = anonyme
drill-lesson-went-well = Qu'est-ce qui a bien fonctionné dans la réponse de votre équipe ?
drill-lesson-went-badly = Qu'est-ce qui n'a pas fonctionné, ou a pris trop de temps ?
drill-lesson-procedures = Quelles procédures ou quels contacts allez-vous changer ?
drill-lesson-missing = Quelles compétences, quels outils ou quelles informations ont manqué ?
drill-lesson-next = Que devrait faire autrement le prochain exercice ?
drill-error-lesson-field = Champ inconnu « { $field } » : répondez aux questions du formulaire.
drill-response-document = Ou joignez un document
drill-response-hint = Écrivez une réponse, joignez un document (PDF, document bureautique, image ou texte), ou les deux.
drill-response-unsent = Votre réponse, non envoyée (copiez-la pour la garder) :
drill-error-response-field = Champ inconnu « { $field } » : utilisez inject, expectation, text ou file.
drill-programme-title = Programme des exercices
drill-programme-explained = Chaque exercice avec les pays et équipes participants, la participation et le résultat agrégé. Choisissez un pays pour voir son historique de participation.
drill-programme-year = Année
drill-programme-all-years = Toutes les années
drill-programme-country = Historique d'un pays
drill-programme-no-country = Aucun pays
drill-programme-history = { $country } : exercices suivis
drill-programme-history-none = Aucune équipe de ce pays n'a participé à un exercice.
drill-programme-summary = { $count ->
    [one] Un exercice
   *[other] { $count } exercices
}
drill-programme-participation = { $responded } équipes sur { $teams } ont répondu
drill-programme-score = moyenne { $score } (cible { $target })
drill-programme-team-score = { $team } : { $score } (cible { $target })
drill-col-countries = Pays
drill-col-participation = Participation
drill-col-mean-score = Résultat agrégé
drill-error-year = « { $value } » n'est pas une année : écrivez quatre chiffres, par exemple 2026.
drill-error-country = « { $value } » n'est pas un code de pays : utilisez un code ISO 3166 alpha-3, par exemple KEN.
maturity-drill-offers = Résultats d'exercices CyberDrill que l'équipe a accepté d'offrir :
maturity-drill-offer = { $drill } ({ $date }) : { $score } pour une cible de { $target } sur { $count } attentes
maturity-drill-evidence-title = Exercice CyberDrill « { $drill } » du { $date } : { $score } pour une cible de { $target } sur { $count } attentes liées à ce paramètre
maturity-error-drill-offer = Ce résultat de CyberDrill n’est pas proposé pour ce paramètre : l’exercice n’est pas terminé, l’équipe n’a pas accepté de le proposer, ou son rapport est déjà joint. Rechargez la page pour voir ce qui est proposé.
