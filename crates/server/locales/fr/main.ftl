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
evidence-required-tag = Justificatifs requis
prefilled-secretariat = Prérempli par le secrétariat à partir de sources publiques. Veuillez confirmer ou corriger cette information.
prefilled-carried-forward = Repris de l’édition précédente. Veuillez confirmer ou corriger cette information.
guidance = Orientations
evidence-expected = Justificatifs attendus :
not-answered = Sans réponse
field-number = Nombre
field-url = Adresse web
field-date = Date
field-text = Réponse
field-comment = Commentaire (facultatif)
save-answer = Enregistrer la réponse
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
error-locked-text = Elle a été soumise pour examen.
error-problem = Un problème est survenu
