/* English chrome: jitsi/jitsi-meet lang/main.json at 6549d4723 (2025-12-19). Keys in comments. */
import type { Strings } from './strings';

export const EN: Strings = {
  participantsOpen: (count) => `Open participants panel. ${count} participants`, // toolbar.accessibilityLabel.participants
  participantsClose: 'Close participants pane', // toolbar.accessibilityLabel.closeParticipantsPane
  chatOpen: 'Open chat', // toolbar.accessibilityLabel.openChat
  chatClose: 'Close chat', // toolbar.accessibilityLabel.closeChat
  micMute: 'Mute microphone', // toolbar.accessibilityLabel.mute
  cameraStop: 'Start camera', // toolbar.accessibilityLabel.videounmute (the host's camera is off)
  shareScreen: 'Start sharing your screen', // toolbar.accessibilityLabel.shareYourScreen
  raiseHand: 'Raise your hand', // toolbar.accessibilityLabel.raiseHand
  tileView: 'Enter tile view', // toolbar.accessibilityLabel.enterTileView
  moreActions: 'More actions', // toolbar.accessibilityLabel.moreActions
  moreActionsMenu: 'More actions menu', // toolbar.accessibilityLabel.moreActionsMenu
  hangup: 'Leave the meeting', // toolbar.accessibilityLabel.hangup
  toolbarHeading: 'Toolbar', // toolbar.accessibilityLabel.heading
  security: 'Security options', // toolbar.accessibilityLabel.security and toolbar.security
  invite: 'Invite people', // toolbar.accessibilityLabel.invite and toolbar.invite
  videoQuality: 'Manage video quality', // toolbar.accessibilityLabel.callQuality and toolbar.callQuality
  fullScreen: 'View full screen', // toolbar.accessibilityLabel.enterFullScreen
  fullScreenLabel: 'View full screen', // toolbar.enterFullScreen
  settings: 'Open settings', // toolbar.accessibilityLabel.Settings
  settingsLabel: 'Settings', // toolbar.Settings
  paneTitle: 'Participants', // participantsPane.title
  paneHeading: (count) => `Meeting participants (${count})`, // participantsPane.headings.participantsList
  lobbyHeading: (count) => `Lobby (${count})`, // participantsPane.headings.lobby
  search: 'Search participants', // participantsPane.search
  paneClose: 'Close', // participantsPane.close
  muteAll: 'Mute all', // participantsPane.actions.muteAll
  moreModerationActions: 'More moderation options', // participantsPane.actions.moreModerationActions
  moreParticipantOptions: 'More participant options', // participantsPane.actions.moreParticipantOptions
  you: 'you', // chat.you
  moderator: 'Moderator', // videothumbnail.moderator
  mute: 'Mute', // participantsPane.actions.mute
  askUnmute: 'Ask to unmute', // participantsPane.actions.askUnmute
  stopVideo: 'Stop video', // participantsPane.actions.stopVideo
  stopDesktop: 'Stop screen sharing', // participantsPane.actions.stopDesktop
  admit: 'Admit', // participantsPane.actions.admit
  reject: 'Reject', // participantsPane.actions.reject
  admitAll: 'Admit all', // participantsPane.actions.admitAll
  stopEveryonesVideo: "Stop everyone's video", // participantsPane.actions.stopEveryonesVideo
  stopEveryonesDesktop: "Stop everyone's screen-share", // participantsPane.actions.stopEveryonesDesktop
  allow: 'Allow non-moderators to:', // participantsPane.actions.allow
  audioModeration: 'Unmute themselves', // participantsPane.actions.audioModeration
  videoModeration: 'Start their video', // participantsPane.actions.videoModeration
  desktopModeration: 'Start screen sharing', // participantsPane.actions.desktopModeration
  moreModerationControls: 'More moderation controls', // participantsPane.actions.moreModerationControls
  muteOthers: 'Mute everyone else', // videothumbnail.domuteOthers
  muteOthersLabel: 'Mute everyone else', // toolbar.accessibilityLabel.muteEveryoneElse
  muteOthersVideo: 'Disable camera of everyone else', // videothumbnail.domuteVideoOfOthers
  muteOthersVideoLabel: "Stop everyone else's video", // toolbar.accessibilityLabel.muteEveryoneElsesVideoStream
  muteOthersDesktop: 'Stop screen-sharing for everyone else', // videothumbnail.domuteDesktopOfOthers
  // Missing from main.json: i18next renders the key itself as the aria-label.
  muteOthersDesktopLabel: 'toolbar.accessibilityLabel.muteEveryoneElsesDesktopStream',
  grantModerator: 'Grant Moderator Rights', // videothumbnail.grantModerator
  grantModeratorLabel: 'Grant Moderator Rights', // toolbar.accessibilityLabel.grantModerator
  kick: 'Kick out', // videothumbnail.kick
  privateMessage: 'Send private message', // toolbar.privateMessage
  cancel: 'Cancel', // dialog.Cancel
  close: 'Close', // dialog.close
  kickTitle: 'Kick this participant?', // dialog.kickParticipantTitle
  kickBody: 'Are you sure you want to kick this participant?', // dialog.kickParticipantDialog
  kickButton: 'Kick', // dialog.kickParticipantButton
  muteButton: 'Mute', // dialog.muteParticipantButton
  muteEveryoneTitle: 'Mute everyone?', // dialog.muteEveryoneTitle
  muteEveryoneBody: 'The participants can unmute themselves at any time.', // dialog.muteEveryoneDialog
  muteEveryoneBodyModerationOn: 'The participants can send a request to speak at any time.',
  moderationAudioLabel: 'Allow non-moderators to unmute themselves', // dialog.moderationAudioLabel
  muteElseTitle: (whom) => `Mute everyone except ${whom}?`, // dialog.muteEveryoneElseTitle
  muteElseBody: "Once muted, you won't be able to unmute them, but they can unmute themselves at any time.",
  desktopParticipantTitle: 'Disable screen-share of this participant?', // dialog.muteParticipantsDesktopTitle
  desktopParticipantBody: "You won't be able to start their screen-share, but they can do so at any time.",
  desktopParticipantBodyModerationOn: "You won't be able to start their screen-share and neither will they.",
  desktopButton: 'Stop screen sharing', // dialog.muteParticipantsDesktopButton
  desktopEveryoneTitle: "Stop everyone's screen share?", // dialog.muteEveryonesDesktopTitle
  desktopElseTitle: (whom) => `Stop everyone's screen-share except ${whom}?`, // dialog.muteEveryoneElsesDesktopTitle
  desktopEveryoneBody: 'The participants can share their screen at any time.', // dialog.muteEveryonesDesktopDialog
  desktopEveryoneBodyModerationOn: 'The participants can send a request to share their screen at any time.',
  desktopElseBody: "Once the share is stopped, you won't be able to restart it, but they can do so at any time.",
  moderationDesktopLabel: 'Allow non-moderators to share their screen', // dialog.moderationDesktopLabel
  videoEveryoneTitle: "Stop everyone's video?", // dialog.muteEveryonesVideoTitle
  videoEveryoneBody: 'The participants can turn on their video at any time.', // dialog.muteEveryonesVideoDialog
  videoEveryoneBodyModerationOn: 'The participants can send a request to turn on their video at any time.',
  videoElseTitle: (whom) => `Stop everyone's video except ${whom}?`, // dialog.muteEveryoneElsesVideoTitle
  videoElseBody:
    "Once the camera is disabled, you won't be able to turn it back on, but they can turn it back on at any time.",
  moderationVideoLabel: 'Allow non-moderators to start their video', // dialog.moderationVideoLabel
  videoButton: 'Stop video', // dialog.muteParticipantsVideoButton
  yourself: 'yourself', // dialog.muteEveryoneSelf
  grantTitle: 'Grant moderator rights', // dialog.grantModeratorTitle
  grantBody: (name) => `Are you sure you want to grant moderator rights to ${name}?`, // dialog.grantModeratorDialog
  yes: 'Yes', // dialog.Yes
  securityTitle: 'Security Options', // security.title
  lobbyDescription:
    'Lobby mode lets you protect your meeting by only allowing people to enter after a formal approval by a moderator.',
  lobbyToggle: 'Enable lobby', // lobby.toggleLabel
  passwordAbout:
    'You can add a password to your meeting. Participants will need to provide the password before they are allowed to join the meeting.',
  addPassword: 'Add password', // info.addPassword
  passwordLabel: 'Password: ', // info.password
  password: 'Password', // dialog.password
  add: 'Add', // dialog.add
  remove: 'Remove', // dialog.Remove
  joinedOne: (name) => `${name} joined the meeting`, // notify.connectedOneMember
  joinedTwo: (first, second) => `${first} and ${second} joined the meeting`, // notify.connectedTwoMembers
  joinedMany: (name) => `${name} and many others joined the meeting`, // notify.connectedThreePlusMembers
  leftOne: (name) => `${name} left the meeting`, // notify.leftOneMember
  leftTwo: (first, second) => `${first} and ${second} left the meeting`, // notify.leftTwoMembers
  leftMany: (name) => `${name} and many others left the meeting`, // notify.leftThreePlusMembers
  wantsToJoin: 'Wants to join the meeting', // notify.participantWantsToJoin
  wantToJoin: 'Want to join the meeting', // notify.participantsWantToJoin
  waitingPeople: (count) => `${count} people`, // notify.waitingParticipants
  viewLobby: 'View lobby', // notify.viewLobby
  chatTitle: 'Chat', // chat.title, chat.tabs.chat
  pollsTab: 'Polls', // chat.tabs.polls
  chatHeaderClose: 'Close chat', // toolbar.closeChat
  says: (name) => `${name} says:`, // chat.messageAccessibleTitle
  messageBox: 'Type a message', // chat.messagebox
  noMessages: 'There are no messages in the meeting yet. Start a conversation here!', // chat.noMessagesMessage
  screenName: (name) => `${name}'s screen`, // screenshareDisplayName
  screenSharing: 'Participant is sharing their screen', // videothumbnail.screenSharing
};
