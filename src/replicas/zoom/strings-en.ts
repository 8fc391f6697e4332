/*
 * The client's own English chrome. Sources: file #71323698638 (web client build 7.2.0 capture,
 * 2026-10) unless a line says otherwise; [inferred] marks wording no source gave.
 */
export const EN = {
  docTitle: 'Zoom meeting on web', // 1-800-operator/operator docs/dom-inventory-zoom.md
  topic: (host: string) => `${host}'s Zoom Meeting`,
  meetingInformation: 'Meeting information',
  // Toolbar (§5.3). The participants label keeps Zoom's typo "particpants".
  participantsOpen: (n: number) => `open the manage participants list pane,${n} particpants`,
  participantsClose: 'close the manage participants list pane',
  participantsSettings: 'Participants Settings',
  participants: 'Participants',
  participantsTitle: (n: number) => `Participants (${n})`,
  participantsList: 'Participants list',
  audio: 'audio',
  mute: 'Mute',
  unmute: 'Unmute',
  video: 'Video',
  startVideo: 'Start Video',
  stopVideo: 'Stop Video',
  chatOpen: 'open the chat panel',
  chatClose: 'close the chat panel', // [inferred] from the participants button's flip
  chat: 'Chat',
  react: 'React',
  share: 'Share',
  hostToolsForShare: 'Host tools for share',
  hostTools: 'Host tools',
  moreMeetingControl: 'More meeting control ',
  more: 'More',
  end: 'End',
  close: 'Close',
  popOut: 'Pop Out',
  back: 'Back',
  // Participant rows (§8.3)
  roleHostMe: '(Host, me)',
  roleHost: '(Host)',
  roleCohost: '(Co-host)',
  roleMe: '(me)',
  roleGuest: '(Guest)',
  audioState: (muted: boolean) => `computer audio ${muted ? 'muted' : 'unmuted'}`,
  videoState: (on: boolean) => `video ${on ? 'on' : 'off'}`,
  askToUnmute: 'Ask to Unmute',
  moreOptions: 'More options',
  // Row menu (§8.4)
  askToStartVideo: 'Ask to Start Video', // [inferred] for a row whose video is off
  addPin: 'Add Pin',
  makeHost: 'Make Host',
  rename: 'Rename',
  allowMultiPin: 'Allow to Multi-pin',
  putInWaitingRoom: 'Put in Waiting Room',
  remove: 'Remove',
  report: 'Report',
  // Panel footer (§8.5)
  invite: 'Invite',
  muteAll: 'Mute All',
  askAllToUnmute: 'Ask all to unmute',
  muteAllUponEntry: 'Mute all upon entry',
  hostToolsForParticipants: 'Host tools for participants',
  cancel: 'Cancel',
  continue: 'Continue',
  muteAllTitle: 'Mute all current and new participants',
  allowUnmuteThemselves: 'Allow participants to unmute themselves',
};
